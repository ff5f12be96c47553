package org.uptake.implementation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.UnitId;

/**
 * Something that has to be decided or done in the rollout, optionally tied to a phase and a unit,
 * with the people who decide, do, are consulted and are informed.
 */
public record Activity(
    ActivityId id,
    String title,
    @Nullable String description,
    @Nullable PhaseName phase,
    @Nullable UnitId unit,
    @Nullable String unitName,
    Person accountable,
    List<Person> responsible,
    List<Person> consulted,
    List<Person> informed) {

  public RaciAssignment assignment() {
    return new RaciAssignment(
        accountable.id(),
        responsible.stream().map(Person::id).toList(),
        consulted.stream().map(Person::id).toList(),
        informed.stream().map(Person::id).toList());
  }

  /** True if a change to this phase of this unit concerns the activity's people. */
  public boolean concerns(UnitId changedUnit, PhaseName changedPhase) {
    if (unit != null) {
      return unit.equals(changedUnit) && (phase == null || phase == changedPhase);
    }
    return phase == changedPhase;
  }
}
