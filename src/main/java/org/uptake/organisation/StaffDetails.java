package org.uptake.organisation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a user (or a roster row) gives for a member of staff. */
public record StaffDetails(
    String employeeNumber,
    String firstName,
    String lastName,
    @Nullable String email,
    UnitId unitId,
    ProfessionalGroup professionalGroup,
    @Nullable ShiftPattern shiftPattern) {

  public StaffDetails {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(professionalGroup, "professionalGroup");
    employeeNumber = employeeNumber.strip();
    firstName = firstName.strip();
    lastName = lastName.strip();
    email = email == null || email.isBlank() ? null : email.strip();
    if (employeeNumber.isEmpty() || firstName.isEmpty() || lastName.isEmpty()) {
      throw new IllegalArgumentException("employee number and names are required");
    }
  }
}
