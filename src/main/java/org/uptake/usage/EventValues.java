package org.uptake.usage;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns the text values of one line into an event, or into the first problem with them. Shared by
 * the formats so that every format checks the same things in the same order.
 */
final class EventValues {

  private static final Instant EARLIEST = Instant.EPOCH;
  private static final Instant AFTER_LATEST = Instant.parse("+10000-01-01T00:00:00Z");
  private static final int MAX_SHOWN = 40;

  private EventValues() {}

  /** A value as read, with the name the source gave it (a header or a JSON field). */
  record Value(String name, @Nullable String text) {}

  /**
   * Checks the values and hands on an event or one problem.
   *
   * @return true if an event was handed on
   */
  static boolean accept(
      String source,
      long line,
      Value time,
      TimeFormat format,
      Value user,
      Value action,
      Value unit,
      Value eventId,
      ParseCounter out) {
    Consumer<UsageProblem> problems = out::problem;
    for (Value required : new Value[] {time, user, action}) {
      if (required.text() == null || required.text().isBlank()) {
        problems.accept(UsageProblem.at(line, UsageProblem.MISSING_FIELD, required.name()));
        return false;
      }
    }
    for (Value text : new Value[] {user, action, unit, eventId}) {
      if (text.text() != null && text.text().strip().length() > UsageLines.MAX_FIELD_LENGTH) {
        problems.accept(
            UsageProblem.at(
                line,
                UsageProblem.TOO_LONG,
                text.name(),
                String.valueOf(UsageLines.MAX_FIELD_LENGTH)));
        return false;
      }
    }
    String timeText = time.text().strip();
    Instant occurredAt = parseTime(timeText, format);
    if (occurredAt == null) {
      String shown = timeText.length() > MAX_SHOWN ? timeText.substring(0, MAX_SHOWN) : timeText;
      problems.accept(UsageProblem.at(line, UsageProblem.BAD_TIME, shown));
      return false;
    }
    if (occurredAt.isBefore(out.notBefore())) {
      problems.accept(
          UsageProblem.at(
              line,
              UsageProblem.BEFORE_RETENTION,
              LocalDate.ofInstant(out.notBefore(), ZoneOffset.UTC).toString()));
      return false;
    }
    out.event(
        new UsageEvent(
            source,
            occurredAt,
            user.text().strip(),
            action.text().strip(),
            strip(unit.text()),
            strip(eventId.text())));
    return true;
  }

  /** The instant the text names in the format, or null if it names none between 1970 and 9999. */
  static @Nullable Instant parseTime(String text, TimeFormat format) {
    Instant instant;
    try {
      instant =
          switch (format) {
            case ISO_OFFSET -> IsoTimes.parse(text);
            case EPOCH_MILLIS -> epochMillis(text);
          };
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    if (instant == null || instant.isBefore(EARLIEST) || !instant.isBefore(AFTER_LATEST)) {
      return null;
    }
    return instant;
  }

  private static @Nullable Instant epochMillis(String text) {
    if (text.isEmpty() || text.length() > 15) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return null;
      }
    }
    return Instant.ofEpochMilli(Long.parseLong(text));
  }

  private static @Nullable String strip(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
