package org.uptake.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.Unit;
import org.uptake.organisation.UnitDetails;

/** The unit form as typed; becomes {@link UnitDetails} once valid. */
class UnitForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 40, message = "{validation.too-long}")
  @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{unit.code.pattern}")
  private String code = "";

  @NotBlank(message = "{validation.required}")
  @Size(max = 200, message = "{validation.too-long}")
  private String name = "";

  @Size(max = 2000, message = "{validation.too-long}")
  private @Nullable String description;

  static UnitForm of(Unit unit) {
    UnitForm form = new UnitForm();
    form.code = unit.code();
    form.name = unit.name();
    form.description = unit.description();
    return form;
  }

  UnitDetails details() {
    return new UnitDetails(code, name, description);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }
}
