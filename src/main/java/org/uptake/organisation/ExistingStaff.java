package org.uptake.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff as the organisation already has them, for planning an import against.
 *
 * @param employeeNumber the organisation's identifier for the person, never blank
 * @param firstName never blank
 * @param lastName never blank
 * @param email an address, or null (blank counts as null)
 * @param unitCode code of the unit they work in
 * @param professionalGroup professional group code
 * @param shiftPattern shift pattern code, or null (blank counts as null)
 * @param active false once deactivated; staff are never deleted
 */
public record ExistingStaff(
    String employeeNumber,
    String firstName,
    String lastName,
    @Nullable String email,
    String unitCode,
    String professionalGroup,
    @Nullable String shiftPattern,
    boolean active) {

  public ExistingStaff {
    RosterRow.requireText(employeeNumber, "employeeNumber");
    RosterRow.requireText(firstName, "firstName");
    RosterRow.requireText(lastName, "lastName");
    RosterRow.requireText(unitCode, "unitCode");
    RosterRow.requireText(professionalGroup, "professionalGroup");
    email = RosterRow.blankToNull(email);
    shiftPattern = RosterRow.blankToNull(shiftPattern);
  }
}
