package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;

/**
 * Whatever bytes arrive, the roster parser answers with rows or line-numbered problems and never
 * throws. As a normal test it replays the inputs in {@code RosterParserFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (see docs/testing.md).
 */
class RosterParserFuzzTest {

  private static final Set<String> UNITS = Set.of("WARD-A", "CLINIC-B");

  @FuzzTest(maxDuration = "30s")
  void parsingAnyBytesNeverThrowsAndEveryProblemHasALine(byte[] content) {
    RosterParseResult result = RosterParser.parse(content, "fuzz.csv", UNITS);
    assertThat(result.rows().isEmpty() && result.problems().isEmpty() && content.length > 0)
        .as("a non-empty file gives rows or problems")
        .isFalse();
    for (RosterProblem problem : result.problems()) {
      assertThat(problem.line()).isGreaterThanOrEqualTo(0);
      assertThat(RosterProblem.REASONS).contains(problem.reason());
    }
    for (RosterRow row : result.rows()) {
      assertThat(UNITS).contains(row.unitCode());
    }
  }
}
