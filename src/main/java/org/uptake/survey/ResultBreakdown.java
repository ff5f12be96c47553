package org.uptake.survey;

import java.util.Arrays;
import java.util.Optional;

/** How a wave's results are broken down: by unit, by professional group, or by both crossed. */
public enum ResultBreakdown {
  UNIT("unit"),
  GROUP("group"),
  UNIT_GROUP("unit-group");

  private final String code;

  ResultBreakdown(String code) {
    this.code = code;
  }

  /** The value of the {@code by} parameter. */
  public String code() {
    return code;
  }

  public static Optional<ResultBreakdown> ofCode(String code) {
    return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
  }
}
