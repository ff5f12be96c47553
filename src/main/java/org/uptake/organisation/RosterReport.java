package org.uptake.organisation;

import java.util.List;

/**
 * What a roster file would do, or did: its problems (nothing is imported while there are any) and
 * the changes.
 *
 * @param applied whether the changes were written
 */
public record RosterReport(
    int rows,
    List<RosterProblem> problems,
    List<RosterRow> created,
    List<RosterRow> updated,
    List<RosterRow> reactivated,
    List<String> deactivated,
    int unchanged,
    boolean applied) {

  public boolean clean() {
    return problems.isEmpty();
  }

  public boolean hasChanges() {
    return !created.isEmpty()
        || !updated.isEmpty()
        || !reactivated.isEmpty()
        || !deactivated.isEmpty();
  }

  static RosterReport refused(int rows, List<RosterProblem> problems) {
    return new RosterReport(rows, problems, List.of(), List.of(), List.of(), List.of(), 0, false);
  }

  static RosterReport of(RosterPlan plan, int rows, boolean applied) {
    return new RosterReport(
        rows,
        List.of(),
        plan.toCreate(),
        plan.toUpdate(),
        plan.toReactivate(),
        plan.toDeactivate(),
        plan.unchanged(),
        applied);
  }
}
