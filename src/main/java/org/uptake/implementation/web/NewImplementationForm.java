package org.uptake.implementation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.uptake.implementation.DigitalServiceDetails;
import org.uptake.implementation.DigitalServiceId;
import org.uptake.implementation.NewImplementation;
import org.uptake.organisation.UnitId;

/**
 * A new implementation as typed: of a service already known (chosen by id) or of a new service
 * described in the same form, with the units taking part.
 */
class NewImplementationForm extends ImplementationForm {

  private @Nullable UUID serviceId;

  @Size(max = 200, message = "{validation.too-long}")
  private @Nullable String serviceName;

  @Size(max = 200, message = "{validation.too-long}")
  private @Nullable String supplier;

  @Size(max = 4000, message = "{validation.too-long}")
  private @Nullable String serviceDescription;

  @Valid private List<FeatureRow> features = new ArrayList<>();

  private List<UUID> unitIds = new ArrayList<>();

  NewImplementationForm() {
    for (int i = 0; i < 6; i++) {
      features.add(new FeatureRow());
    }
  }

  /**
   * The checks that span fields: a new service needs a name, and each feature line with text needs
   * a name.
   */
  void check(BindingResult errors) {
    if (serviceId == null) {
      if (serviceName == null || serviceName.isBlank()) {
        errors.rejectValue("serviceName", "implementation.service.required");
      }
      DigitalServiceForm.checkFeatures(features, "features", errors);
    }
  }

  NewImplementation command() {
    DigitalServiceDetails newService =
        serviceId == null
            ? new DigitalServiceDetails(
                serviceName == null ? "" : serviceName,
                supplier,
                serviceDescription,
                DigitalServiceForm.features(features))
            : null;
    return new NewImplementation(
        serviceId == null ? null : new DigitalServiceId(serviceId),
        newService,
        details(),
        unitIds.stream().map(UnitId::new).toList());
  }

  public @Nullable UUID getServiceId() {
    return serviceId;
  }

  public void setServiceId(@Nullable UUID serviceId) {
    this.serviceId = serviceId;
  }

  public @Nullable String getServiceName() {
    return serviceName;
  }

  public void setServiceName(@Nullable String serviceName) {
    this.serviceName = serviceName;
  }

  public @Nullable String getSupplier() {
    return supplier;
  }

  public void setSupplier(@Nullable String supplier) {
    this.supplier = supplier;
  }

  public @Nullable String getServiceDescription() {
    return serviceDescription;
  }

  public void setServiceDescription(@Nullable String serviceDescription) {
    this.serviceDescription = serviceDescription;
  }

  public List<FeatureRow> getFeatures() {
    return features;
  }

  public void setFeatures(List<FeatureRow> features) {
    this.features = features;
  }

  public List<UUID> getUnitIds() {
    return unitIds;
  }

  public void setUnitIds(List<UUID> unitIds) {
    this.unitIds = unitIds;
  }
}
