package org.uptake.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads usage events from CSV, one line at a time, so a file of any size is read in constant
 * memory.
 *
 * <p>The first line with content is the header; the {@link CsvMapping} says which of its columns
 * hold what. Each later line is one event. Fields may be quoted with double quotes (a quote inside
 * is written twice), but a field cannot span lines: a service's log has no line breaks inside a
 * value, and a quote left open is reported on its line instead of swallowing the rest of the file.
 * Blank lines are skipped; values are trimmed; columns not in the mapping are ignored.
 *
 * <p>Contract: whatever the bytes, every line after the header gives either one event or one
 * problem (blank lines neither), problems carry the line number a text editor shows, and nothing is
 * thrown except {@link UncheckedIOException} when the input stream itself fails. A problem with the
 * header, or compressed input that breaks, ends the file with a problem.
 */
public final class CsvUsageParser {

  private CsvUsageParser() {}

  /**
   * Reads a CSV usage file, plain or gzip.
   *
   * @param input the file; read to its end (or to its first fatal problem), not closed
   * @param source the name of the log, see {@link UsageEvent#source()}
   * @param mapping the source's column mapping
   * @param events receives each valid event, in file order
   * @param problems receives each problem, in file order
   * @return what was read
   */
  public static ParseCounts parse(
      InputStream input,
      String source,
      CsvMapping mapping,
      Consumer<UsageEvent> events,
      Consumer<UsageProblem> problems) {
    return parse(input, source, mapping, Instant.EPOCH, events, problems);
  }

  /**
   * Reads a CSV file as {@link #parse(InputStream, String, CsvMapping, Consumer, Consumer)} does;
   * an event before {@code notBefore} is a problem ({@link UsageProblem#BEFORE_RETENTION}).
   */
  public static ParseCounts parse(
      InputStream input,
      String source,
      CsvMapping mapping,
      Instant notBefore,
      Consumer<UsageEvent> events,
      Consumer<UsageProblem> problems) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mapping, "mapping");
    ParseCounter counter = new ParseCounter(events, problems, notBefore);
    UsageLines lines = null;
    try {
      lines = UsageLines.open(input);
      readAll(lines, source, mapping, counter);
    } catch (UsageLines.BrokenCompression e) {
      counter.problem(
          UsageProblem.at(lines == null ? 0 : lines.number(), UsageProblem.BAD_COMPRESSION));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counter.counts(lines == null ? 0 : lines.number());
  }

  private static void readAll(UsageLines lines, String source, CsvMapping mapping, ParseCounter out)
      throws IOException {
    int[] columns = null;
    boolean rows = false;
    while (lines.next()) {
      long line = lines.number();
      if (!lines.tooLong() && lines.blank()) {
        continue;
      }
      if (lines.tooLong()) {
        out.problem(
            UsageProblem.at(
                line, UsageProblem.LINE_TOO_LONG, String.valueOf(UsageLines.MAX_LINE_BYTES)));
        if (columns == null) {
          return;
        }
        continue;
      }
      String text = lines.text();
      if (text == null) {
        out.problem(UsageProblem.at(line, UsageProblem.BAD_ENCODING));
        if (columns == null) {
          return;
        }
        continue;
      }
      List<String> cells = split(text, mapping.delimiter());
      if (cells == null) {
        out.problem(UsageProblem.at(line, UsageProblem.BAD_QUOTES));
        if (columns == null) {
          return;
        }
        continue;
      }
      if (columns == null) {
        columns = locate(cells, mapping, line, out);
        if (columns == null) {
          return;
        }
        continue;
      }
      rows = true;
      EventValues.accept(
          source,
          line,
          value(mapping.timeColumn(), cells, columns[0]),
          mapping.timeFormat(),
          value(mapping.userColumn(), cells, columns[1]),
          value(mapping.actionColumn(), cells, columns[2]),
          value(mapping.unitColumn(), cells, columns[3]),
          value(mapping.eventIdColumn(), cells, columns[4]),
          out);
    }
    if (columns == null || !rows) {
      // nothing, or a header alone (found by the 10-minute fuzz run of 2026-11-24)
      out.problem(UsageProblem.at(0, UsageProblem.EMPTY_FILE));
    }
  }

  /**
   * The index of each mapped column in the header (time, user, action, unit, event id; -1 for an
   * unmapped one), or null after reporting a missing or duplicated column.
   */
  private static int @Nullable [] locate(
      List<String> header, CsvMapping mapping, long line, ParseCounter out) {
    Map<String, Integer> positions = new HashMap<>();
    Map<String, Boolean> duplicated = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = normalise(header.get(i));
      if (positions.putIfAbsent(name, i) != null) {
        duplicated.put(name, true);
      }
    }
    String[] mapped = {
      mapping.timeColumn(),
      mapping.userColumn(),
      mapping.actionColumn(),
      mapping.unitColumn(),
      mapping.eventIdColumn()
    };
    int[] columns = new int[mapped.length];
    for (int k = 0; k < mapped.length; k++) {
      if (mapped[k] == null) {
        columns[k] = -1;
        continue;
      }
      String name = normalise(mapped[k]);
      Integer position = positions.get(name);
      if (position == null) {
        out.problem(UsageProblem.at(line, UsageProblem.MISSING_COLUMN, mapped[k]));
        return null;
      }
      if (duplicated.containsKey(name)) {
        out.problem(UsageProblem.at(line, UsageProblem.DUPLICATE_COLUMN, mapped[k]));
        return null;
      }
      columns[k] = position;
    }
    return columns;
  }

  private static EventValues.Value value(@Nullable String name, List<String> cells, int column) {
    String text = column >= 0 && column < cells.size() ? cells.get(column) : null;
    return new EventValues.Value(name == null ? "" : name, text);
  }

  private static String normalise(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The fields of one line, unquoted and trimmed, or null if a quote is left open or followed by
   * anything but the delimiter.
   */
  static @Nullable List<String> split(String line, char delimiter) {
    List<String> cells = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      if (i < n && line.charAt(i) == '"') {
        StringBuilder cell = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            return null;
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              break;
            }
          } else {
            cell.append(c);
          }
        }
        while (i < n && line.charAt(i) == ' ') {
          i++;
        }
        cells.add(cell.toString());
        if (i >= n) {
          return cells;
        }
        if (line.charAt(i) != delimiter) {
          return null;
        }
        i++;
      } else {
        int end = line.indexOf(delimiter, i);
        if (end < 0) {
          cells.add(line.substring(i).strip());
          return cells;
        }
        cells.add(line.substring(i, end).strip());
        i = end + 1;
      }
    }
  }
}
