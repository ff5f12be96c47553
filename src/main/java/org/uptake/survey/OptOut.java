package org.uptake.survey;

import java.util.Arrays;
import java.util.Optional;

/**
 * The answers of an agreement item that say the question does not apply, as NoMAD-style instruments
 * offer them; they are left out of means and do not count as answered.
 */
public enum OptOut {
  NOT_RELEVANT_TO_ROLE("not-relevant-role"),
  NOT_RELEVANT_AT_THIS_STAGE("not-relevant-stage"),
  NOT_RELEVANT_TO_SERVICE("not-relevant-service");

  private final String code;

  OptOut(String code) {
    this.code = code;
  }

  /** The code in Questionnaires and responses. */
  public String code() {
    return code;
  }

  public static Optional<OptOut> ofCode(String code) {
    return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
  }

  /** The message key of the answer's label. */
  public String messageKey() {
    return "survey.opt-out." + code;
  }
}
