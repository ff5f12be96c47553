package org.uptake.usage;

/** What the champion found when they followed a person up. */
public enum FollowUpOutcome {
  /** The person learned to use it (often during the visit). */
  LEARNED,
  /** The person needs training before they can use it. */
  NEEDS_TRAINING,
  /** The person's role has no use for it. */
  NO_USE_IN_ROLE,
  /** Something else, said in the note. */
  OTHER;

  public String messageKey() {
    return "followup.outcome." + name();
  }
}
