package org.uptake.usage;

import org.jspecify.annotations.Nullable;
import org.uptake.organisation.UnitId;

/**
 * Which follow-ups to list; null fields do not filter.
 *
 * @param closed true: resolved and done ones; false: open ones; null: both
 */
public record FollowUpFilter(
    @Nullable UnitId unit, @Nullable LapseKind kind, @Nullable Boolean closed) {

  public static FollowUpFilter all() {
    return new FollowUpFilter(null, null, null);
  }

  boolean accepts(FollowUp followUp) {
    return (unit == null || unit.equals(followUp.unit()))
        && (kind == null || kind == followUp.kind())
        && (closed == null || closed == followUp.status().closed());
  }
}
