package org.uptake.usage;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads usage events from NDJSON: one JSON object per line, read one line at a time, so a file of
 * any size is read in constant memory.
 *
 * <p>Fields: {@code time} (ISO-8601 with an offset as a string, or epoch milliseconds as a whole
 * number), {@code user}, {@code action}, and optionally {@code unit} and {@code id}. Ids may be
 * strings or whole numbers. Other fields are ignored; {@code null} counts as absent; a field given
 * twice makes the line invalid. Blank lines are skipped.
 *
 * <p>Contract: whatever the bytes, every non-blank line gives either one event or one problem,
 * problems carry the line number, and nothing is thrown except {@link UncheckedIOException} when
 * the input stream itself fails. Compressed input that breaks ends the file with a problem.
 */
public final class NdjsonUsageParser {

  // A parser per line: its buffers come from a pool of the reading thread, not from the shared
  // concurrent pool (7% of an import's time on 2026-11-24, docs/benchmarks.md).
  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private NdjsonUsageParser() {}

  /**
   * Reads an NDJSON usage file, plain or gzip.
   *
   * @param input the file; read to its end, not closed
   * @param source the name of the log, see {@link UsageEvent#source()}
   * @param events receives each valid event, in file order
   * @param problems receives each problem, in file order
   * @return what was read
   */
  public static ParseCounts parse(
      InputStream input,
      String source,
      Consumer<UsageEvent> events,
      Consumer<UsageProblem> problems) {
    return parse(input, source, Instant.EPOCH, events, problems);
  }

  /**
   * Reads NDJSON as {@link #parse(InputStream, String, Consumer, Consumer)} does; an event before
   * {@code notBefore} is a problem ({@link UsageProblem#BEFORE_RETENTION}).
   */
  public static ParseCounts parse(
      InputStream input,
      String source,
      Instant notBefore,
      Consumer<UsageEvent> events,
      Consumer<UsageProblem> problems) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(source, "source");
    return UsageLines.eachLine(
        () -> UsageLines.open(input),
        new ParseCounter(events, problems, notBefore),
        (line, text, out) -> readLine(line, text, source, out));
  }

  private static void readLine(long line, String text, String source, ParseCounter out) {
    Fields fields = new Fields();
    String reason;
    String[] args = {};
    try (JsonParser parser = JSON.createParser(text)) {
      reason = fields.read(parser);
      if (reason == null && parser.nextToken() != null) {
        reason = UsageProblem.BAD_JSON;
      }
      if (UsageProblem.WRONG_TYPE.equals(reason)) {
        args = new String[] {Objects.requireNonNull(fields.wrongField)};
      }
    } catch (JacksonException e) {
      reason = UsageProblem.BAD_JSON;
    }
    if (reason != null) {
      out.problem(UsageProblem.at(line, reason, args));
      return;
    }
    TimeFormat format = fields.timeIsNumber ? TimeFormat.EPOCH_MILLIS : TimeFormat.ISO_OFFSET;
    EventValues.accept(
        source,
        line,
        new EventValues.Value("time", fields.time),
        format,
        new EventValues.Value("user", fields.user),
        new EventValues.Value("action", fields.action),
        new EventValues.Value("unit", fields.unit),
        new EventValues.Value("id", fields.id),
        out);
  }

  /** The fields of one line as text. */
  private static final class Fields {
    @Nullable String time;
    boolean timeIsNumber;
    @Nullable String user;
    @Nullable String action;
    @Nullable String unit;
    @Nullable String id;
    @Nullable String wrongField;

    /** Reads one object; returns null, or the reason the line is refused. */
    @Nullable String read(JsonParser parser) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return UsageProblem.BAD_JSON;
      }
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return parser.nextToken() == null ? UsageProblem.NOT_AN_OBJECT : UsageProblem.BAD_JSON;
      }
      while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "time" -> {
            if (value == JsonToken.VALUE_NUMBER_INT) {
              timeIsNumber = true;
              time = parser.getString();
            } else if (value == JsonToken.VALUE_STRING) {
              time = parser.getString();
            } else if (value != JsonToken.VALUE_NULL) {
              return wrong(name, parser);
            }
          }
          case "user" -> user = text(name, value, parser);
          case "action" -> action = text(name, value, parser);
          case "unit" -> unit = text(name, value, parser);
          case "id" -> id = text(name, value, parser);
          default -> parser.skipChildren();
        }
        if (wrongField != null) {
          return wrong(wrongField, parser);
        }
      }
      return token == JsonToken.END_OBJECT ? null : UsageProblem.BAD_JSON;
    }

    private @Nullable String text(String name, JsonToken value, JsonParser parser) {
      if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
        return parser.getString();
      }
      if (value != JsonToken.VALUE_NULL) {
        wrongField = name;
      }
      return null;
    }

    /**
     * Refuses the line for a field of the wrong type, unless the rest of the line is not JSON at
     * all: then the line is bad JSON, which says more.
     */
    private String wrong(String name, JsonParser parser) {
      wrongField = name;
      parser.skipChildren();
      while (parser.nextToken() != null) {
        parser.skipChildren();
      }
      return UsageProblem.WRONG_TYPE;
    }
  }
}
