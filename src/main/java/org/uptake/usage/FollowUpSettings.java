package org.uptake.usage;

/**
 * How many idle days make a person lapse, per implementation.
 *
 * @param neverStartedDays days after the unit went live without any use
 * @param stoppedDays days after the last use (and go-live) without use
 */
public record FollowUpSettings(int neverStartedDays, int stoppedDays) {

  public static final int MAX_DAYS = 365;

  public FollowUpSettings {
    if (neverStartedDays < 1
        || stoppedDays < 1
        || neverStartedDays > MAX_DAYS
        || stoppedDays > MAX_DAYS) {
      throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS);
    }
  }

  public static FollowUpSettings defaults() {
    return new FollowUpSettings(LapseRule.DEFAULT_DAYS, LapseRule.DEFAULT_DAYS);
  }

  public LapseRule rule() {
    return new LapseRule(neverStartedDays, stoppedDays);
  }
}
