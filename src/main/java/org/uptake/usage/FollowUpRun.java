package org.uptake.usage;

/**
 * What one run of the follow-up check did.
 *
 * @param opened follow-ups opened (each with its inbox tasks)
 * @param resolvedByUse open follow-ups closed because the person used the service again
 */
public record FollowUpRun(int opened, int resolvedByUse) {

  public FollowUpRun plus(FollowUpRun other) {
    return new FollowUpRun(opened + other.opened, resolvedByUse + other.resolvedByUse);
  }
}
