package org.uptake.usage;

/** Why a person needs a visit from their unit's tech champion. */
public enum LapseKind {
  /** Has not used the service since their unit went live. */
  NEVER_STARTED,
  /** Used the service, then stopped. */
  STOPPED
}
