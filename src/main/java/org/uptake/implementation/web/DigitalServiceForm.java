package org.uptake.implementation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.uptake.implementation.DigitalService;
import org.uptake.implementation.DigitalServiceDetails;
import org.uptake.implementation.Feature;

/** The digital service form as typed; becomes {@link DigitalServiceDetails} once valid. */
class DigitalServiceForm {

  /**
   * Empty feature lines offered below the features a service has, since the page works without
   * JavaScript.
   */
  static final int SPARE_FEATURE_ROWS = 3;

  @NotBlank(message = "{validation.required}")
  @Size(max = 200, message = "{validation.too-long}")
  private String name = "";

  @Size(max = 200, message = "{validation.too-long}")
  private @Nullable String supplier;

  @Size(max = 4000, message = "{validation.too-long}")
  private @Nullable String description;

  @Valid private List<FeatureRow> features = new ArrayList<>();

  DigitalServiceForm() {
    padFeatures(6);
  }

  static DigitalServiceForm of(DigitalService service) {
    DigitalServiceForm form = new DigitalServiceForm();
    form.name = service.name();
    form.supplier = service.supplier();
    form.description = service.description();
    form.features = new ArrayList<>();
    for (Feature feature : service.features()) {
      form.features.add(new FeatureRow(feature.name(), feature.description()));
    }
    form.padFeatures(service.features().size() + SPARE_FEATURE_ROWS);
    return form;
  }

  void padFeatures(int rows) {
    while (features.size() < rows) {
      features.add(new FeatureRow());
    }
  }

  /**
   * Rejects feature lines with a description but no name, which would otherwise be lost without a
   * word.
   */
  static void checkFeatures(List<FeatureRow> features, String path, BindingResult errors) {
    for (int i = 0; i < features.size(); i++) {
      FeatureRow row = features.get(i);
      if (!row.isEmpty() && (row.getName() == null || row.getName().isBlank())) {
        errors.rejectValue(path + "[" + i + "].name", "digital-service.feature.name-required");
      }
    }
  }

  static List<Feature> features(List<FeatureRow> rows) {
    return rows.stream()
        .filter(row -> !row.isEmpty() && row.getName() != null && !row.getName().isBlank())
        .map(row -> new Feature(row.getName(), row.getDescription()))
        .toList();
  }

  DigitalServiceDetails details() {
    return new DigitalServiceDetails(name, supplier, description, features(features));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public @Nullable String getSupplier() {
    return supplier;
  }

  public void setSupplier(@Nullable String supplier) {
    this.supplier = supplier;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }

  public List<FeatureRow> getFeatures() {
    return features;
  }

  public void setFeatures(List<FeatureRow> features) {
    this.features = features;
  }
}
