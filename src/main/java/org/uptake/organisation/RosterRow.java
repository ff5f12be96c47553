package org.uptake.organisation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One member of staff as a roster file lists them, after cleaning and checking.
 *
 * <p>Codes are the canonical lower-case codes ({@code registered_nurse}, {@code three_shift}); the
 * unit code is spelt as the organisation's unit is. An empty email or shift pattern is {@code
 * null}.
 *
 * @param line the line (CSV) or row (XLSX) the member of staff is on, header being line 1
 * @param employeeNumber the organisation's identifier for the person, never blank
 * @param firstName never blank
 * @param lastName never blank
 * @param email an address, or null
 * @param unitCode code of one of the organisation's units
 * @param professionalGroup a professional group code
 * @param shiftPattern a shift pattern code, or null
 */
public record RosterRow(
    int line,
    String employeeNumber,
    String firstName,
    String lastName,
    @Nullable String email,
    String unitCode,
    String professionalGroup,
    @Nullable String shiftPattern) {

  public RosterRow {
    if (line < 1) {
      throw new IllegalArgumentException("line must be positive, was " + line);
    }
    requireText(employeeNumber, "employeeNumber");
    requireText(firstName, "firstName");
    requireText(lastName, "lastName");
    requireText(unitCode, "unitCode");
    requireText(professionalGroup, "professionalGroup");
    if (!ProfessionalGroup.isCode(professionalGroup)) {
      throw new IllegalArgumentException("not a professional group code: " + professionalGroup);
    }
    email = blankToNull(email);
    shiftPattern = blankToNull(shiftPattern);
    if (shiftPattern != null && !ShiftPattern.isCode(shiftPattern)) {
      throw new IllegalArgumentException("not a shift pattern code: " + shiftPattern);
    }
  }

  static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
