package org.uptake.usage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Rows of COPY's text format written straight into a reused byte buffer: numbers, uuids and text
 * are encoded here, without a {@link StringBuilder} and a copy to bytes per row. Text is escaped as
 * {@link CopyStreams#field} and {@link CopyStreams#element} do (same output, as UTF-8).
 */
final class CopyText {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL_FIELD = {'\\', 'N'};
  private static final byte[] NULL_ELEMENT = {'N', 'U', 'L', 'L'};

  private byte[] bytes;
  private int length;

  CopyText(int capacity) {
    bytes = new byte[capacity];
  }

  /** The bytes written since the last {@link #clear()}; valid up to {@link #length()}. */
  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  void clear() {
    length = 0;
  }

  CopyText ascii(char c) {
    room(1);
    bytes[length++] = (byte) c;
    return this;
  }

  /** Appends ASCII text as it is (no escaping: for text this class or the JDK wrote). */
  CopyText ascii(String text) {
    int n = text.length();
    room(n);
    for (int i = 0; i < n; i++) {
      bytes[length++] = (byte) text.charAt(i);
    }
    return this;
  }

  CopyText number(long value) {
    if (value == Long.MIN_VALUE) {
      return ascii(Long.toString(value));
    }
    room(20);
    if (value < 0) {
      bytes[length++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long v = value / 10; v != 0; v /= 10) {
      digits++;
    }
    int end = length + digits;
    for (int i = end - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length = end;
    return this;
  }

  /** Appends a uuid in its canonical text form (as {@link java.util.UUID#toString()}). */
  CopyText uuid(long high, long low) {
    room(36);
    hex(high >>> 32, 8);
    bytes[length++] = '-';
    hex(high >>> 16, 4);
    bytes[length++] = '-';
    hex(high, 4);
    bytes[length++] = '-';
    hex(low >>> 48, 4);
    bytes[length++] = '-';
    hex(low, 12);
    return this;
  }

  private void hex(long value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      bytes[length + i] = HEX[(int) (value & 0xF)];
      value >>>= 4;
    }
    length += digits;
  }

  /** Appends a value as a field of COPY's text format ({@code \N} for null). */
  CopyText field(@Nullable String value) {
    if (value == null) {
      room(2);
      System.arraycopy(NULL_FIELD, 0, bytes, length, 2);
      length += 2;
      return this;
    }
    return text(value, false);
  }

  /** Appends a value as a quoted element of an array literal inside a COPY text field. */
  CopyText element(@Nullable String value) {
    if (value == null) {
      room(4);
      System.arraycopy(NULL_ELEMENT, 0, bytes, length, 4);
      length += 4;
      return this;
    }
    ascii('"');
    text(value, true);
    return ascii('"');
  }

  private CopyText text(String value, boolean element) {
    int n = value.length();
    // at most 3 UTF-8 bytes per char; escapes at most 5 bytes per ASCII char
    room(n * 5);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '\\' && c != '"') {
        bytes[length++] = (byte) c;
      } else {
        special(value, i, c, element);
      }
    }
    return this;
  }

  private void special(String value, int i, char c, boolean element) {
    switch (c) {
      case '\\' -> ascii(element ? "\\\\\\\\" : "\\\\");
      case '"' -> ascii(element ? "\\\\\"" : "\"");
      case '\t' -> ascii("\\t");
      case '\n' -> ascii("\\n");
      case '\r' -> ascii("\\r");
      case '\u0000' -> utf8("\uFFFD");
      default -> {
        if (c < 0x80) {
          bytes[length++] = (byte) c;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          // the low surrogate is written with it: skip it in the caller's loop by writing both
          // here and a marker-free no-op for the low one
          utf8(value.substring(i, i + 2));
        } else if (Character.isLowSurrogate(c)
            && i > 0
            && Character.isHighSurrogate(value.charAt(i - 1))) {
          // written with its high surrogate
        } else {
          utf8(String.valueOf(c));
        }
      }
    }
  }

  private void utf8(String text) {
    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
    room(encoded.length);
    System.arraycopy(encoded, 0, bytes, length, encoded.length);
    length += encoded.length;
  }

  private void room(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
