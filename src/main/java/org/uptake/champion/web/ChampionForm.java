package org.uptake.champion.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.uptake.access.AccountId;
import org.uptake.champion.NewChampionAssignment;
import org.uptake.organisation.UnitId;

/** A champion assignment as typed in the form. */
class ChampionForm {

  @NotNull(message = "{validation.required}")
  private @Nullable UUID unit;

  @NotNull(message = "{validation.required}")
  private @Nullable UUID champion;

  private List<String> subRoles = new ArrayList<>();

  @DecimalMin(value = "0", message = "{champion.hours.range}")
  @DecimalMax(value = "40", message = "{champion.hours.range}")
  private @Nullable BigDecimal hoursPerWeek;

  @NotNull(message = "{validation.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate since;

  NewChampionAssignment assignment() {
    return new NewChampionAssignment(
        new UnitId(java.util.Objects.requireNonNull(unit)),
        new AccountId(java.util.Objects.requireNonNull(champion)),
        Set.copyOf(subRoles),
        hoursPerWeek,
        java.util.Objects.requireNonNull(since));
  }

  public @Nullable UUID getUnit() {
    return unit;
  }

  public void setUnit(@Nullable UUID unit) {
    this.unit = unit;
  }

  public @Nullable UUID getChampion() {
    return champion;
  }

  public void setChampion(@Nullable UUID champion) {
    this.champion = champion;
  }

  public List<String> getSubRoles() {
    return subRoles;
  }

  public void setSubRoles(@Nullable List<String> subRoles) {
    this.subRoles = subRoles == null ? new ArrayList<>() : subRoles;
  }

  public @Nullable BigDecimal getHoursPerWeek() {
    return hoursPerWeek;
  }

  public void setHoursPerWeek(@Nullable BigDecimal hoursPerWeek) {
    this.hoursPerWeek = hoursPerWeek;
  }

  public @Nullable LocalDate getSince() {
    return since;
  }

  public void setSince(@Nullable LocalDate since) {
    this.since = since;
  }
}
