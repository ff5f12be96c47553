package org.uptake.determinant;

/**
 * Where an action stands. Planned work is started, done or dropped; work in progress is done or
 * dropped; a done or dropped action may be reopened (back in progress) when it turns out it was not
 * finished after all. Every other move is refused.
 */
public enum ActionStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  DROPPED;

  /** The named changes of status, as the plan page offers them. */
  public enum Change {
    START,
    COMPLETE,
    DROP,
    REOPEN;

    public String messageKey() {
      return "action.change." + name();
    }
  }

  /**
   * The status after the change.
   *
   * @throws ActionRuleException if the change is not allowed from this status
   */
  public ActionStatus after(Change change) {
    ActionStatus next =
        switch (change) {
          case START -> this == PLANNED ? IN_PROGRESS : null;
          case COMPLETE -> this == PLANNED || this == IN_PROGRESS ? DONE : null;
          case DROP -> this == PLANNED || this == IN_PROGRESS ? DROPPED : null;
          case REOPEN -> this == DONE || this == DROPPED ? IN_PROGRESS : null;
        };
    if (next == null) {
      throw new ActionRuleException(
          "action.error.illegal-change", "An action that is " + this + " cannot " + change);
    }
    return next;
  }

  /** The changes allowed from this status, for the buttons of the plan page. */
  public java.util.List<Change> allowed() {
    return java.util.Arrays.stream(Change.values())
        .filter(
            change -> {
              try {
                after(change);
                return true;
              } catch (ActionRuleException refused) {
                return false;
              }
            })
        .toList();
  }

  public boolean open() {
    return this == PLANNED || this == IN_PROGRESS;
  }

  public String messageKey() {
    return "action.status." + name();
  }
}
