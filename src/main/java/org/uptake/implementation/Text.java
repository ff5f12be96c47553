package org.uptake.implementation;

import org.jspecify.annotations.Nullable;

/**
 * How the module tidies what people type: surrounding space goes, and blank optional text is no
 * text.
 */
final class Text {

  private Text() {}

  static String required(@Nullable String text, String field) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return text.strip();
  }

  static @Nullable String optional(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
