package org.uptake.organisation;

import java.util.List;

/**
 * What importing a roster would change. Staff are never deleted: those missing from the roster are
 * deactivated, and come back through {@code toReactivate} when they reappear.
 *
 * @param toCreate rows for people the organisation does not have yet
 * @param toUpdate rows for active staff whose details differ; apply every field of the row
 * @param toReactivate rows for inactive staff who are in the roster again; apply every field and
 *     activate
 * @param toDeactivate employee numbers, as the organisation spells them, of active staff not in the
 *     roster
 * @param unchanged how many active staff are in the roster exactly as the organisation has them
 */
public record RosterPlan(
    List<RosterRow> toCreate,
    List<RosterRow> toUpdate,
    List<RosterRow> toReactivate,
    List<String> toDeactivate,
    int unchanged) {

  public RosterPlan {
    toCreate = List.copyOf(toCreate);
    toUpdate = List.copyOf(toUpdate);
    toReactivate = List.copyOf(toReactivate);
    toDeactivate = List.copyOf(toDeactivate);
    if (unchanged < 0) {
      throw new IllegalArgumentException("unchanged must not be negative, was " + unchanged);
    }
  }

  /** True if applying the plan would change anything. */
  public boolean hasChanges() {
    return !toCreate.isEmpty()
        || !toUpdate.isEmpty()
        || !toReactivate.isEmpty()
        || !toDeactivate.isEmpty();
  }
}
