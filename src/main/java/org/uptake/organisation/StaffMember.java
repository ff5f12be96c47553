package org.uptake.organisation;

import org.jspecify.annotations.Nullable;

/** A member of staff. Personal data: reading one is recorded in the audit trail. */
public record StaffMember(
    StaffId id,
    String employeeNumber,
    String firstName,
    String lastName,
    @Nullable String email,
    UnitId unitId,
    String unitName,
    ProfessionalGroup professionalGroup,
    @Nullable ShiftPattern shiftPattern,
    boolean active) {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
