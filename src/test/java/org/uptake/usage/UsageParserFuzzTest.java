package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Whatever bytes arrive, the CSV, NDJSON and FHIR AuditEvent usage parsers hand on events and
 * line-numbered problems with our own reasons, and never throw. As normal tests they replay the
 * inputs in {@code UsageParserFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} they fuzz (see
 * docs/testing.md).
 */
class UsageParserFuzzTest {

  private static final CsvMapping MAPPING =
      new CsvMapping("time", "user", "action", "unit", "id", TimeFormat.ISO_OFFSET, ',');

  @FuzzTest(maxDuration = "30s")
  void csvOfAnyBytesGivesEventsOrOurOwnProblems(byte[] content) {
    List<UsageEvent> events = new ArrayList<>();
    List<UsageProblem> problems = new ArrayList<>();
    ParseCounts counts =
        CsvUsageParser.parse(
            new ByteArrayInputStream(content), "fuzz", MAPPING, events::add, problems::add);
    check(counts, events, problems, content);
  }

  @FuzzTest(maxDuration = "30s")
  void ndjsonOfAnyBytesGivesEventsOrOurOwnProblems(byte[] content) {
    List<UsageEvent> events = new ArrayList<>();
    List<UsageProblem> problems = new ArrayList<>();
    ParseCounts counts =
        NdjsonUsageParser.parse(
            new ByteArrayInputStream(content), "fuzz", events::add, problems::add);
    check(counts, events, problems, content);
  }

  @FuzzTest(maxDuration = "30s")
  void auditEventsOfAnyBytesGiveEventsOrOurOwnProblems(byte[] content) {
    List<UsageEvent> events = new ArrayList<>();
    List<UsageProblem> problems = new ArrayList<>();
    ParseCounts counts =
        AuditEventUsageParser.parse(
            new ByteArrayInputStream(content), "fuzz", events::add, problems::add);
    check(counts, events, problems, content);
  }

  private static void check(
      ParseCounts counts, List<UsageEvent> events, List<UsageProblem> problems, byte[] content) {
    assertThat(counts.events()).isEqualTo(events.size());
    assertThat(counts.problems()).isEqualTo(problems.size());
    assertThat(events.isEmpty() && problems.isEmpty() && content.length > 0 && !blank(content))
        .as("a file with content gives events or problems")
        .isFalse();
    for (UsageProblem problem : problems) {
      assertThat(problem.line()).isBetween(0L, counts.lines());
      assertThat(UsageProblem.REASONS).contains(problem.reason());
    }
    for (UsageEvent event : events) {
      assertThat(event.dedupKey()).isNotBlank();
      assertThat(event.userId()).isNotBlank().hasSizeLessThanOrEqualTo(255);
    }
  }

  private static boolean blank(byte[] content) {
    for (byte b : content) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
