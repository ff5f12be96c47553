package org.uptake.usage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a training file: one line per person and day, {@code employee number;date} (a comma may
 * separate them too), the date as 2026-03-02 or 2.3.2026. An optional first line {@code
 * employee_number;date} is a header. Blank lines are skipped. Pure Java.
 */
final class TrainingCsv {

  /** The most lines one file may have. */
  static final int MAX_LINES = 100_000;

  private static final DateTimeFormatter FINNISH =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** A line read: its number, the employee number and the day. */
  record Line(long line, String employeeNumber, LocalDate trainedOn) {}

  /** The lines read, and the problems of the lines that could not be read. */
  record Result(List<Line> lines, List<TrainingProblem> problems) {}

  private TrainingCsv() {}

  static Result read(InputStream in) {
    List<Line> lines = new ArrayList<>();
    List<TrainingProblem> problems = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String text;
      long number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        if (number > MAX_LINES) {
          problems.add(new TrainingProblem(number, "training.error.too-long", MAX_LINES));
          break;
        }
        String line = number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (line.isBlank() || (number == 1 && isHeader(line))) {
          continue;
        }
        String[] fields = line.split("[;,]", -1);
        if (fields.length != 2 || fields[0].strip().isEmpty() || fields[1].strip().isEmpty()) {
          problems.add(new TrainingProblem(number, "training.error.fields"));
          continue;
        }
        Optional<LocalDate> day = date(fields[1].strip());
        if (day.isEmpty()) {
          problems.add(new TrainingProblem(number, "training.error.date", fields[1].strip()));
          continue;
        }
        lines.add(new Line(number, unquote(fields[0].strip()), day.get()));
      }
    } catch (CharacterCodingException e) {
      problems.add(new TrainingProblem(0, "training.error.encoding"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(lines, problems);
  }

  private static boolean isHeader(String line) {
    String plain = line.strip().toLowerCase(Locale.ROOT).replace(" ", "_").replace("\"", "");
    return plain.equals("employee_number;date") || plain.equals("employee_number,date");
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1).strip()
        : value;
  }

  static Optional<LocalDate> date(String text) {
    String value = unquote(text);
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(value, FINNISH));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }
}
