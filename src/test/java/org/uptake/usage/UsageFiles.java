package org.uptake.usage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Usage files for tests, and what the parsers make of them. */
final class UsageFiles {

  static final String SOURCE = "ehr";

  private UsageFiles() {}

  /** Lines joined with LF, ending in LF. */
  static byte[] lines(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Parsed csv(byte[] content, CsvMapping mapping) {
    Parsed parsed = new Parsed();
    parsed.counts =
        CsvUsageParser.parse(
            new ByteArrayInputStream(content),
            SOURCE,
            mapping,
            parsed.events::add,
            parsed.problems::add);
    return parsed;
  }

  static Parsed csv(byte[] content) {
    return csv(content, CsvMapping.standard());
  }

  static Parsed ndjson(byte[] content) {
    Parsed parsed = new Parsed();
    parsed.counts =
        NdjsonUsageParser.parse(
            new ByteArrayInputStream(content), SOURCE, parsed.events::add, parsed.problems::add);
    return parsed;
  }

  static Parsed auditEvents(byte[] content) {
    Parsed parsed = new Parsed();
    parsed.counts =
        AuditEventUsageParser.parse(
            new ByteArrayInputStream(content), SOURCE, parsed.events::add, parsed.problems::add);
    return parsed;
  }

  /** What a parser handed on. */
  static final class Parsed {
    final List<UsageEvent> events = new ArrayList<>();
    final List<UsageProblem> problems = new ArrayList<>();
    ParseCounts counts = new ParseCounts(0, 0, 0);

    /** The only problem, failing if there is not exactly one. */
    UsageProblem problem() {
      if (problems.size() != 1) {
        throw new AssertionError("expected one problem, got " + problems);
      }
      return problems.getFirst();
    }
  }
}
