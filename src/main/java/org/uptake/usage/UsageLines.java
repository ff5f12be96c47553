package org.uptake.usage;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a usage file one physical line at a time, holding at most one line in memory, and unpacks
 * gzip when the first bytes say so (the name of the file is not consulted).
 *
 * <p>A line ends at LF; a CR right before it is dropped. A UTF-8 byte order mark at the start of
 * the file is skipped. Lines longer than {@link #MAX_LINE_BYTES} are read to their end but not
 * kept.
 */
final class UsageLines {

  /** Longest line kept, in bytes; no usage event needs more. */
  static final int MAX_LINE_BYTES = 64 * 1024;

  /** Longest user id, action, unit code or event id, in characters. */
  static final int MAX_FIELD_LENGTH = 255;

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;
  private boolean tooLong;
  private long number;
  private boolean compressed;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private UsageLines(InputStream in, boolean compressed) {
    this.in = in;
    this.compressed = compressed;
  }

  /**
   * Opens the input, unpacking gzip if it starts with gzip's magic bytes.
   *
   * @throws BrokenCompression if it looks like gzip but its header is broken
   * @throws IOException if the input itself cannot be read
   */
  static UsageLines open(InputStream input) throws IOException {
    Unpacked unpacked = unpack(input);
    return new UsageLines(unpacked.stream(), unpacked.compressed());
  }

  /**
   * Reads lines from a stream already unpacked by {@link #unpack}.
   *
   * @param compressed whether it was gzip, so that its read errors count as broken compression
   */
  static UsageLines open(InputStream unpacked, boolean compressed) {
    return new UsageLines(unpacked, compressed);
  }

  /** A file's content, unpacked if it was gzip. */
  record Unpacked(InputStream stream, boolean compressed) {}

  /** What to do with one line of text of a line-per-record file. */
  interface LineReader {
    void read(long line, String text, ParseCounter out);
  }

  /**
   * Reads a line-per-record file (NDJSON): blank lines are skipped; a line too long, a line that is
   * not UTF-8, an empty file and broken compression become problems; every other line goes to the
   * reader.
   */
  static ParseCounts eachLine(Opener opener, ParseCounter out, LineReader reader) {
    UsageLines lines = null;
    boolean any = false;
    try {
      lines = opener.open();
      while (lines.next()) {
        if (!lines.tooLong() && lines.blank()) {
          continue;
        }
        any = true;
        long line = lines.number();
        if (lines.tooLong()) {
          out.problem(
              UsageProblem.at(line, UsageProblem.LINE_TOO_LONG, String.valueOf(MAX_LINE_BYTES)));
          continue;
        }
        String text = lines.text();
        if (text == null) {
          out.problem(UsageProblem.at(line, UsageProblem.BAD_ENCODING));
          continue;
        }
        reader.read(line, text, out);
      }
      if (!any) {
        out.problem(UsageProblem.at(0, UsageProblem.EMPTY_FILE));
      }
    } catch (BrokenCompression e) {
      out.problem(
          UsageProblem.at(lines == null ? 0 : lines.number(), UsageProblem.BAD_COMPRESSION));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.counts(lines == null ? 0 : lines.number());
  }

  /** Opens the lines; may find the compression broken. */
  interface Opener {
    UsageLines open() throws IOException;
  }

  /**
   * The input, unpacked if it starts with gzip's magic bytes.
   *
   * @throws BrokenCompression if it looks like gzip but its header is broken
   * @throws IOException if the input itself cannot be read
   */
  static Unpacked unpack(InputStream input) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(input, BUFFER);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    if (first == 0x1f && second == 0x8b) {
      try {
        return new Unpacked(new GZIPInputStream(buffered, BUFFER), true);
      } catch (ZipException | EOFException e) {
        throw new BrokenCompression();
      }
    }
    return new Unpacked(buffered, false);
  }

  /**
   * Reads the next line.
   *
   * @return false at the end of the input
   * @throws BrokenCompression if compressed input is corrupt or cut short
   * @throws IOException if the input itself cannot be read
   */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (any) {
          endLine();
        }
        return any;
      }
      any = true;
      byte b = buffer[position++];
      if (b == '\n') {
        endLine();
        return true;
      }
      append(b);
    }
  }

  /** The 1-based number of the line last read. */
  long number() {
    return number;
  }

  /** True if the line last read was longer than {@link #MAX_LINE_BYTES}. */
  boolean tooLong() {
    return tooLong;
  }

  /** True if the line last read has no bytes, or only spaces and tabs. */
  boolean blank() {
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The line last read as text, or null if it is not valid UTF-8. */
  @Nullable String text() {
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      if (line[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      // the same text as decoding UTF-8, without the decoder's buffers
      return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }
    try {
      return decoder.decode(ByteBuffer.wrap(line, 0, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    } finally {
      decoder.reset();
    }
  }

  private boolean fill() throws IOException {
    int read;
    try {
      read = in.read(buffer, 0, buffer.length);
    } catch (ZipException | EOFException e) {
      if (compressed) {
        throw new BrokenCompression();
      }
      throw e;
    }
    if (read <= 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  private void append(byte b) {
    if (length == MAX_LINE_BYTES) {
      tooLong = true;
      return;
    }
    if (length == line.length) {
      byte[] grown = new byte[Math.min(MAX_LINE_BYTES, line.length * 2)];
      System.arraycopy(line, 0, grown, 0, length);
      line = grown;
    }
    line[length++] = b;
  }

  private void endLine() {
    number++;
    stripCarriageReturn();
    if (number == 1) {
      stripByteOrderMark();
    }
  }

  private void stripCarriageReturn() {
    if (length > 0 && line[length - 1] == '\r' && !tooLong) {
      length--;
    }
  }

  private void stripByteOrderMark() {
    if (length >= 3
        && (line[0] & 0xFF) == 0xEF
        && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      System.arraycopy(line, 3, line, 0, length - 3);
      length -= 3;
    }
  }

  /** Compressed input that cannot be unpacked: a problem with the file, not with reading it. */
  static final class BrokenCompression extends IOException {
    BrokenCompression() {
      super("compressed input is corrupt or cut short", null);
    }
  }
}
