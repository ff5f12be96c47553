package org.uptake.determinant;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.UnitId;

/**
 * One consultation of a needs assessment: which stakeholder group was heard (a code of {@link
 * StakeholderGroups}), how, on which day, how many people took part, from which units and which
 * shift patterns, and a note.
 */
public record ConsultationDetails(
    String stakeholderGroup,
    ConsultationMethod method,
    LocalDate heldOn,
    int people,
    Set<UnitId> units,
    Set<ShiftPattern> shiftPatterns,
    @Nullable String note) {

  public ConsultationDetails {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(heldOn, "heldOn");
    if (stakeholderGroup == null || !StakeholderGroups.isCode(stakeholderGroup)) {
      throw new IllegalArgumentException("Unknown stakeholder group '" + stakeholderGroup + "'");
    }
    if (people < 1) {
      throw new IllegalArgumentException("At least one person takes part in a consultation");
    }
    units = Set.copyOf(units);
    shiftPatterns = Set.copyOf(shiftPatterns);
    note = note == null || note.isBlank() ? null : note.strip();
  }
}
