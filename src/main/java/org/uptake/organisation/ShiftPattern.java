package org.uptake.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a member of staff's working time is organised; the code is what files and tables hold. */
enum ShiftPattern {
  DAY,
  TWO_SHIFT,
  THREE_SHIFT,
  NIGHT,
  ON_CALL;

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The pattern for a code, ignoring case and accepting spaces or hyphens for underscores. */
  static Optional<ShiftPattern> fromCode(String value) {
    String code = CellText.asCode(value);
    return Arrays.stream(values()).filter(pattern -> pattern.code().equals(code)).findFirst();
  }

  /** True only for a canonical code as {@link #code()} writes it. */
  static boolean isCode(String code) {
    return Arrays.stream(values()).anyMatch(pattern -> pattern.code().equals(code));
  }
}
