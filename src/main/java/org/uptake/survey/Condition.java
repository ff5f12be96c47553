package org.uptake.survey;

/**
 * Show an item only if an earlier item was answered with a value: the number of a scale, or the
 * code of a choice.
 */
public record Condition(String linkId, String value) {

  /** Whether the answers meet the condition. */
  public boolean metBy(java.util.Map<String, Answer> answers) {
    Answer answer = answers.get(linkId);
    return answer != null && answer.matches(value);
  }
}
