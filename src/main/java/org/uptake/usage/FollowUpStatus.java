package org.uptake.usage;

/** Where a follow-up stands. */
public enum FollowUpStatus {
  /** Waiting for the champion's visit. */
  OPEN,
  /** The person used the service again before anyone recorded an outcome. */
  RESOLVED_BY_USE,
  /** The champion (or manager) recorded what they found. */
  DONE;

  public boolean closed() {
    return this != OPEN;
  }

  public String messageKey() {
    return "followup.status." + name();
  }
}
