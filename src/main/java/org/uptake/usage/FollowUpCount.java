package org.uptake.usage;

import org.uptake.organisation.UnitId;

/**
 * How the follow-ups of one unit and kind ended up. Counts only, naming no one.
 *
 * @param open waiting for a visit
 * @param resolvedByUse the person used the service again with no outcome recorded
 */
public record FollowUpCount(
    UnitId unit,
    String unitName,
    LapseKind kind,
    int open,
    int resolvedByUse,
    int learned,
    int needsTraining,
    int noUseInRole,
    int other) {

  public int total() {
    return open + resolvedByUse + learned + needsTraining + noUseInRole + other;
  }

  public String kindKey() {
    return "followup.kind." + kind.name();
  }
}
