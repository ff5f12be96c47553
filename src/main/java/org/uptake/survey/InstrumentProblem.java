package org.uptake.survey;

import java.io.Serial;
import java.util.Arrays;

/**
 * An instrument, a Questionnaire or an answer that Uptake refuses, with a message key of the {@code
 * i18n/survey} bundle and its arguments, so pages and the API tell it in the user's language. The
 * exception's own message is the English one for logs and tests.
 */
public class InstrumentProblem extends IllegalArgumentException {

  @Serial private static final long serialVersionUID = 1L;

  private final String key;
  private final Object[] args;

  public InstrumentProblem(String key, String english, Object... args) {
    super(english);
    this.key = key;
    this.args = args.clone();
  }

  /** The message key, such as {@code survey.problem.duplicate-link-id}. */
  public String key() {
    return key;
  }

  public Object[] args() {
    return Arrays.copyOf(args, args.length);
  }
}
