package org.uptake.survey.wave;

import java.io.Serial;
import java.util.Arrays;

/**
 * A wave that cannot be made or changed as asked, with a message key of the {@code i18n/wave}
 * bundle and its arguments; the exception's own message is English, for logs and tests.
 */
public class WaveProblem extends IllegalArgumentException {

  @Serial private static final long serialVersionUID = 1L;

  private final String key;
  private final Object[] args;

  public WaveProblem(String key, String english, Object... args) {
    super(english);
    this.key = key;
    this.args = args.clone();
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return Arrays.copyOf(args, args.length);
  }
}
