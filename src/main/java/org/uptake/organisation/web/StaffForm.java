package org.uptake.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.StaffDetails;
import org.uptake.organisation.StaffMember;
import org.uptake.organisation.UnitId;

/** The staff form as typed; becomes {@link StaffDetails} once valid. */
class StaffForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 40, message = "{validation.too-long}")
  private String employeeNumber = "";

  @NotBlank(message = "{validation.required}")
  @Size(max = 100, message = "{validation.too-long}")
  private String firstName = "";

  @NotBlank(message = "{validation.required}")
  @Size(max = 100, message = "{validation.too-long}")
  private String lastName = "";

  @Email(message = "{validation.email}")
  @Size(max = 200, message = "{validation.too-long}")
  private @Nullable String email;

  @NotNull(message = "{validation.required}")
  private @Nullable UUID unitId;

  @NotNull(message = "{validation.required}")
  private @Nullable ProfessionalGroup professionalGroup;

  private @Nullable ShiftPattern shiftPattern;

  private boolean active = true;

  static StaffForm of(StaffMember member) {
    StaffForm form = new StaffForm();
    form.employeeNumber = member.employeeNumber();
    form.firstName = member.firstName();
    form.lastName = member.lastName();
    form.email = member.email();
    form.unitId = member.unitId().value();
    form.professionalGroup = member.professionalGroup();
    form.shiftPattern = member.shiftPattern();
    form.active = member.active();
    return form;
  }

  @SuppressWarnings("NullAway")
  StaffDetails details() {
    return new StaffDetails(
        employeeNumber,
        firstName,
        lastName,
        email,
        new UnitId(unitId),
        professionalGroup,
        shiftPattern);
  }

  public String getEmployeeNumber() {
    return employeeNumber;
  }

  public void setEmployeeNumber(String employeeNumber) {
    this.employeeNumber = employeeNumber;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public @Nullable String getEmail() {
    return email;
  }

  public void setEmail(@Nullable String email) {
    this.email = email;
  }

  public @Nullable UUID getUnitId() {
    return unitId;
  }

  public void setUnitId(@Nullable UUID unitId) {
    this.unitId = unitId;
  }

  public @Nullable ProfessionalGroup getProfessionalGroup() {
    return professionalGroup;
  }

  public void setProfessionalGroup(@Nullable ProfessionalGroup professionalGroup) {
    this.professionalGroup = professionalGroup;
  }

  public @Nullable ShiftPattern getShiftPattern() {
    return shiftPattern;
  }

  public void setShiftPattern(@Nullable ShiftPattern shiftPattern) {
    this.shiftPattern = shiftPattern;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
