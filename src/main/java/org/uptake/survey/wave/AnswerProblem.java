package org.uptake.survey.wave;

import java.util.Arrays;

/**
 * What is wrong with the answer to one item, as a message key (of the {@code i18n/survey} or {@code
 * i18n/wave} bundle) and its arguments.
 */
public record AnswerProblem(String key, Object[] args) {

  public AnswerProblem {
    args = args.clone();
  }

  @Override
  public Object[] args() {
    return args.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnswerProblem that
        && key.equals(that.key)
        && Arrays.equals(args, that.args);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return key + Arrays.toString(args);
  }
}
