package org.uptake.champion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.uptake.access.AccountId;
import org.uptake.organisation.UnitId;

/** What it takes to name a champion for a unit. */
public record NewChampionAssignment(
    UnitId unit,
    AccountId champion,
    Set<String> subRoles,
    @Nullable BigDecimal hoursPerWeek,
    LocalDate since) {

  public NewChampionAssignment {
    subRoles = Set.copyOf(subRoles);
    if (hoursPerWeek != null
        && (hoursPerWeek.signum() < 0 || hoursPerWeek.compareTo(BigDecimal.valueOf(40)) > 0)) {
      throw new ChampionRuleException("champion.hours.range");
    }
  }
}
