package org.uptake.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of a CSV roster: UTF-8 with or without a byte order mark, separated by commas,
 * semicolons (what Excel writes in Nordic locales) or tabs, whichever the header line uses most, or
 * as an Excel "sep=" first line says.
 *
 * <p>Line numbers are physical lines of the file, so they match what a text editor shows; a row is
 * numbered by the line it starts on.
 */
final class CsvRosterReader {

  private static final int SNIFF_BYTES = 64 * 1024;

  /** Cells past this are dropped from each row; a roster has a handful of columns. */
  private static final int MAX_COLUMNS = 256;

  private CsvRosterReader() {}

  static RawSheet read(byte[] content) {
    if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
      // UTF-16, as Excel's "Unicode text" writes: tell the user to save as UTF-8 rather than guess.
      return RawSheet.rejected(RosterProblem.atLine(1, RosterProblem.BAD_ENCODING));
    }
    int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (looksBinary(content, start)) {
      return RawSheet.rejected(RosterProblem.wholeFile(RosterProblem.NOT_A_ROSTER));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = lineAtByte(content, start, in.position());
      return RawSheet.rejected(RosterProblem.atLine(line, RosterProblem.BAD_ENCODING));
    }
    return readRecords(out.flip().toString());
  }

  private static RawSheet readRecords(String text) {
    LineIndex lines = new LineIndex(text);
    String firstLine = firstNonBlankLine(text);
    boolean skipSeparatorLine = separatorDirective(firstLine) != null;
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(firstLine)).get();
    List<RawRow> rows = new ArrayList<>();
    List<RosterProblem> problems = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        // The iterator reads ahead only inside hasNext(), so here the parser has consumed exactly
        // the records returned so far, and the next one starts on the next non-empty line.
        int line = lines.firstNonEmptyLineAfter(parser.getCurrentLineNumber());
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(RosterProblem.atLine(line, RosterProblem.BAD_QUOTES));
          break;
        }
        List<String> cells = record.toList();
        if (cells.stream().allMatch(CellText::isBlank)) {
          continue;
        }
        if (skipSeparatorLine) {
          skipSeparatorLine = false;
          continue;
        }
        if (cells.size() > MAX_COLUMNS) {
          cells = cells.subList(0, MAX_COLUMNS);
        }
        rows.add(new RawRow(line, cells));
        if (rows.size() > RosterParser.MAX_ROWS + 1) {
          return RawSheet.rejected(
              RosterProblem.wholeFile(
                  RosterProblem.TOO_MANY_ROWS, String.valueOf(RosterParser.MAX_ROWS)));
        }
      }
    } catch (IOException e) {
      // A StringReader does not fail; the signature says it could.
      throw new UncheckedIOException(e);
    }
    return new RawSheet(rows, problems);
  }

  /**
   * The separator: the one named by an Excel "sep=;" line if the file starts with one, otherwise
   * the one the header line (the first non-blank line) uses most outside quotes; a comma if it uses
   * none.
   */
  static char delimiterOf(String firstLine) {
    Character named = separatorDirective(firstLine);
    if (named != null) {
      return named;
    }
    char[] candidates = {',', ';', '\t'};
    int[] counts = new int[candidates.length];
    boolean quoted = false;
    for (int i = 0; i < firstLine.length(); i++) {
      char c = firstLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      for (int k = 0; k < candidates.length && !quoted; k++) {
        if (c == candidates[k]) {
          counts[k]++;
        }
      }
    }
    int best = 0;
    for (int k = 1; k < candidates.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return candidates[best];
  }

  /** The separator named by a "sep=X" line, which Excel writes and reads as a hint, or null. */
  private static @Nullable Character separatorDirective(String line) {
    boolean directive =
        line.length() == 5 && line.regionMatches(true, 0, "sep=", 0, 4) && line.charAt(4) != '"';
    return directive ? line.charAt(4) : null;
  }

  private static String firstNonBlankLine(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(start, end);
      if (!CellText.isBlank(line)) {
        return line;
      }
      start = end + 1;
    }
    return "";
  }

  /**
   * True for content no text editor or spreadsheet would save as CSV: any NUL byte, or more than
   * one in a hundred other control bytes, in the first 64 KB. Text in a legacy 8-bit encoding
   * passes, so that it can be reported as bad encoding on its line instead.
   */
  private static boolean looksBinary(byte[] content, int start) {
    int end = Math.min(content.length, start + SNIFF_BYTES);
    int controls = 0;
    for (int i = start; i < end; i++) {
      int b = content[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
        controls++;
      }
    }
    return controls * 100 > end - start;
  }

  private static int lineAtByte(byte[] content, int start, int position) {
    int line = 1;
    for (int i = start; i < position; i++) {
      if (content[i] == '\n'
          || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Where each physical line of a text starts; a line ends at CRLF, LF or a lone CR, as in CSV. */
  private static final class LineIndex {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    LineIndex(String text) {
      this.text = text;
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
    }

    /** The 1-based number of the first line after {@code consumed} lines that is not empty. */
    int firstNonEmptyLineAfter(long consumed) {
      int index = (int) Math.min(consumed, starts.size() - 1);
      while (index < starts.size() - 1 && isEmpty(starts.get(index))) {
        index++;
      }
      return index + 1;
    }

    private boolean isEmpty(int lineStart) {
      return lineStart >= text.length()
          || text.charAt(lineStart) == '\n'
          || text.charAt(lineStart) == '\r';
    }
  }
}
