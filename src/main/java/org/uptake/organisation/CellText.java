package org.uptake.organisation;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How text from a spreadsheet cell is tidied before it is checked or compared. */
final class CellText {

  /** Longest value echoed back in a problem's args, so one absurd cell cannot flood the page. */
  static final int MAX_ECHO_LENGTH = 100;

  private CellText() {}

  /**
   * Trims and collapses whitespace, including the no-break spaces, tabs and line breaks that
   * spreadsheet copy-paste leaves behind, drops zero-width spaces and byte order marks, and
   * composes accents (NFC) so that "ö" typed on a Mac equals "ö" typed elsewhere.
   */
  static String clean(@Nullable String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isInvisible(cp)) {
        continue;
      }
      if (isSpace(cp)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && !out.isEmpty()) {
        out.append(' ');
      }
      pendingSpace = false;
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /** A value as a code: cleaned, lower case, with spaces and hyphens as underscores. */
  static String asCode(String value) {
    return clean(value).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
  }

  /** The key two employee numbers are matched on: cleaned and case-insensitive. */
  static String employeeKey(String employeeNumber) {
    return clean(employeeNumber).toLowerCase(Locale.ROOT);
  }

  /** A value shortened for showing in a message. */
  static String forMessage(String value) {
    if (value.length() <= MAX_ECHO_LENGTH) {
      return value;
    }
    int end = MAX_ECHO_LENGTH;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + "…";
  }

  static boolean isBlank(@Nullable String raw) {
    return clean(raw).isEmpty();
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp);
  }

  private static boolean isInvisible(int cp) {
    return cp == 0xFEFF || cp == 0x200B || cp == 0x2060;
  }
}
