package org.uptake.champion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.uptake.access.AccountId;
import org.uptake.organisation.UnitId;

/**
 * A champion's assignment to a unit.
 *
 * @param subRoles codes of the champion sub-roles taken on (catalogue {@code champion})
 * @param hoursPerWeek protected hours a week for the role; null when none were agreed
 * @param until the last day, or null while the assignment lasts
 */
public record ChampionAssignment(
    UUID id,
    UnitId unit,
    AccountId champion,
    List<String> subRoles,
    @Nullable BigDecimal hoursPerWeek,
    LocalDate since,
    @Nullable LocalDate until) {

  public ChampionAssignment {
    subRoles = List.copyOf(subRoles);
  }

  public boolean current() {
    return until == null;
  }
}
