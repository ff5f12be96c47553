package org.uptake.usage;

/** Whose inbox a follow-up went to. */
public enum FollowUpRoute {
  /** The tech champions of the person's unit. */
  CHAMPION,
  /** The unit has no champion, so its managers. */
  MANAGER,
  /** The unit has neither a champion nor a manager: no task; the lead sees it in the counts. */
  NOBODY;

  public String messageKey() {
    return "followup.route." + name();
  }
}
