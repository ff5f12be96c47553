package org.uptake.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When a person works: it decides when they can be reached for training and support. */
public enum ShiftPattern {
  DAY,
  TWO_SHIFT,
  THREE_SHIFT,
  NIGHT,
  ON_CALL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String messageKey() {
    return "shift." + code();
  }

  /** The value for a code, ignoring case and accepting spaces or hyphens for underscores. */
  public static Optional<ShiftPattern> fromCode(String value) {
    String code = CellText.asCode(value);
    return Arrays.stream(values()).filter(pattern -> pattern.code().equals(code)).findFirst();
  }

  /** True only for a canonical code as {@link #code()} writes it. */
  public static boolean isCode(String code) {
    return Arrays.stream(values()).anyMatch(pattern -> pattern.code().equals(code));
  }
}
