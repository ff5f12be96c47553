package org.uptake.usage;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads usage events from FHIR R4 {@code AuditEvent} resources: a {@code Bundle} whose entries hold
 * them (JSON, pretty-printed or not), or NDJSON with one resource per line. The Bundle is streamed:
 * one entry is in memory at a time, so a Bundle of any size is read in constant memory.
 *
 * <p>Mapping: the user is the agent marked {@code requestor} (else the first agent), its {@code
 * who.identifier.value}, else the id at the end of {@code who.reference}; the time is {@code
 * recorded}; the action is the code of the first {@code subtype} that has one, else {@code action};
 * the unit is {@code source.site}; the event id is the resource's {@code id}.
 *
 * <p>A file is a Bundle when its first object says {@code "resourceType": "Bundle"} within its
 * first 64 KB; otherwise it is read as NDJSON. Problems carry the line: of the NDJSON line, or of
 * the first line of the Bundle entry. Broken JSON inside a Bundle ends the file with one problem
 * (what follows cannot be told apart), keeping the entries before it.
 *
 * <p>Contract as for the other parsers: whatever the bytes, nothing is thrown except {@link
 * UncheckedIOException} when the input stream itself fails.
 */
public final class AuditEventUsageParser {

  private static final int PEEK = 64 * 1024;

  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxStringLength(UsageLines.MAX_LINE_BYTES)
                          .build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // one entry of a Bundle is read at a time, with the rest of the Bundle after it
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private AuditEventUsageParser() {}

  /**
   * Reads a Bundle or NDJSON file of AuditEvent resources, plain or gzip.
   *
   * @param input the file; read to its end, not closed
   * @param source the name of the log, see {@link UsageEvent#source()}
   * @param events receives each valid event, in file order
   * @param problems receives each problem, in file order
   * @return what was read; lines are physical lines
   */
  public static ParseCounts parse(
      InputStream input,
      String source,
      Consumer<UsageEvent> events,
      Consumer<UsageProblem> problems) {
    return parse(input, source, Instant.EPOCH, events, problems);
  }

  /**
   * Reads AuditEvents as {@link #parse(InputStream, String, Consumer, Consumer)} does; an event
   * before {@code notBefore} is a problem ({@link UsageProblem#BEFORE_RETENTION}).
   */
  public static ParseCounts parse(
      InputStream input,
      String source,
      Instant notBefore,
      Consumer<UsageEvent> events,
      Consumer<UsageProblem> problems) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(source, "source");
    ParseCounter counter = new ParseCounter(events, problems, notBefore);
    BufferedInputStream in;
    boolean compressed;
    boolean bundle;
    try {
      UsageLines.Unpacked unpacked = UsageLines.unpack(input);
      compressed = unpacked.compressed();
      in = new BufferedInputStream(unpacked.stream(), PEEK);
      in.mark(PEEK);
      byte[] head = in.readNBytes(PEEK);
      in.reset();
      bundle = isBundle(head);
    } catch (UsageLines.BrokenCompression | ZipException | EOFException e) {
      counter.problem(UsageProblem.at(0, UsageProblem.BAD_COMPRESSION));
      return counter.counts(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!bundle) {
      return readLines(in, compressed, source, counter);
    }
    return readBundle(in, compressed, source, counter);
  }

  private static boolean isBundle(byte[] head) {
    try (JsonParser parser = JSON.createParser(head)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("resourceType".equals(name)) {
          return value == JsonToken.VALUE_STRING && "Bundle".equals(parser.getString());
        }
        parser.skipChildren();
      }
      return false;
    } catch (JacksonException e) {
      return false;
    }
  }

  private static ParseCounts readLines(
      InputStream in, boolean compressed, String source, ParseCounter out) {
    return UsageLines.eachLine(
        () -> UsageLines.open(in, compressed),
        out,
        (line, text, counter) -> readLine(line, text, source, counter));
  }

  private static void readLine(long line, String text, String source, ParseCounter out) {
    JsonNode resource;
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() == null) {
        out.problem(UsageProblem.at(line, UsageProblem.BAD_JSON));
        return;
      }
      resource = JSON.readTree(parser);
      if (parser.nextToken() != null) {
        out.problem(UsageProblem.at(line, UsageProblem.BAD_JSON));
        return;
      }
    } catch (JacksonException e) {
      out.problem(UsageProblem.at(line, UsageProblem.BAD_JSON));
      return;
    }
    resource(resource, line, source, out);
  }

  private static ParseCounts readBundle(
      InputStream in, boolean compressed, String source, ParseCounter out) {
    long line = 0;
    long entries = 0;
    try (JsonParser parser = JSON.createParser(in)) {
      parser.nextToken();
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!"entry".equals(name) || value != JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          line = parser.currentTokenLocation().getLineNr();
          entries++;
          JsonNode entry = JSON.readTree(parser);
          JsonNode resource = entry == null ? null : entry.get("resource");
          if (entry == null || !entry.isObject()) {
            out.problem(UsageProblem.at(line, UsageProblem.NOT_AN_OBJECT));
          } else if (resource == null || !resource.isObject()) {
            out.problem(UsageProblem.at(line, UsageProblem.NOT_AUDIT_EVENT, ""));
          } else {
            resource(resource, line, source, out);
          }
        }
      }
      line = parser.currentLocation().getLineNr();
      if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
        out.problem(UsageProblem.at(line, UsageProblem.BAD_JSON));
      } else if (entries == 0) {
        out.problem(UsageProblem.at(0, UsageProblem.EMPTY_FILE));
      }
    } catch (JacksonIOException e) {
      if (compressed
          && (e.getCause() instanceof ZipException || e.getCause() instanceof EOFException)) {
        out.problem(UsageProblem.at(line, UsageProblem.BAD_COMPRESSION));
      } else {
        throw new UncheckedIOException(e.getCause());
      }
    } catch (JacksonException e) {
      var location = e.getLocation();
      long at = location == null || location.getLineNr() < 1 ? line : location.getLineNr();
      out.problem(UsageProblem.at(at, UsageProblem.BAD_JSON));
      line = Math.max(line, at);
    }
    return out.counts(line);
  }

  /** One resource: an event or a problem. */
  private static void resource(JsonNode resource, long line, String source, ParseCounter out) {
    if (!resource.isObject()) {
      out.problem(UsageProblem.at(line, UsageProblem.NOT_AN_OBJECT));
      return;
    }
    JsonNode type = resource.get("resourceType");
    if (type == null || !type.isString() || !"AuditEvent".equals(type.stringValue())) {
      String shown = type != null && type.isString() ? type.stringValue() : "";
      out.problem(
          UsageProblem.at(
              line,
              UsageProblem.NOT_AUDIT_EVENT,
              shown.length() > 40 ? shown.substring(0, 40) : shown));
      return;
    }
    JsonNode recorded = resource.get("recorded");
    if (recorded != null && !recorded.isString() && !recorded.isNull()) {
      out.problem(UsageProblem.at(line, UsageProblem.WRONG_TYPE, "recorded"));
      return;
    }
    EventValues.accept(
        source,
        line,
        new EventValues.Value("recorded", text(recorded)),
        TimeFormat.ISO_OFFSET,
        new EventValues.Value("agent.who", who(resource.get("agent"))),
        new EventValues.Value("subtype", what(resource)),
        new EventValues.Value("source.site", text(resource.path("source").get("site"))),
        new EventValues.Value("id", text(resource.get("id"))),
        out);
  }

  /** The requestor's (else the first agent's) identifier value, else its reference's id. */
  private static @Nullable String who(@Nullable JsonNode agents) {
    if (agents == null || !agents.isArray() || agents.isEmpty()) {
      return null;
    }
    JsonNode chosen = agents.get(0);
    for (JsonNode agent : agents) {
      if (agent.path("requestor").isBoolean() && agent.path("requestor").booleanValue()) {
        chosen = agent;
        break;
      }
    }
    JsonNode who = chosen.path("who");
    String identifier = text(who.path("identifier").get("value"));
    if (identifier != null && !identifier.isBlank()) {
      return identifier;
    }
    String reference = text(who.get("reference"));
    if (reference == null) {
      return null;
    }
    int history = reference.indexOf("/_history/");
    if (history >= 0) {
      reference = reference.substring(0, history);
    }
    return reference.substring(reference.lastIndexOf('/') + 1);
  }

  /** The first subtype code, else the action code. */
  private static @Nullable String what(JsonNode resource) {
    JsonNode subtypes = resource.get("subtype");
    if (subtypes != null && subtypes.isArray()) {
      for (JsonNode coding : subtypes) {
        String code = text(coding.get("code"));
        if (code != null && !code.isBlank()) {
          return code;
        }
      }
    }
    return text(resource.get("action"));
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node != null && node.isString() ? node.stringValue() : null;
  }
}
