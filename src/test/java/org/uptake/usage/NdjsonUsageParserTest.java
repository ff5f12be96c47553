package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.usage.UsageFiles.gzip;
import static org.uptake.usage.UsageFiles.lines;
import static org.uptake.usage.UsageFiles.ndjson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NdjsonUsageParserTest {

  @Test
  void readsOneEventPerLine() {
    var parsed =
        ndjson(
            lines(
                "{\"time\":\"2026-03-01T08:15:00+02:00\",\"user\":\"u1\",\"action\":\"open\","
                    + "\"unit\":\"WARD-3A\",\"id\":\"e1\",\"extra\":{\"nested\":[1,2,{}]}}",
                "",
                "{\"id\":42,\"action\":\"sign\",\"user\":1001,\"time\":1772345700000,\"unit\":null}"));

    assertThat(parsed.problems).isEmpty();
    assertThat(parsed.events)
        .containsExactly(
            new UsageEvent(
                "ehr", Instant.parse("2026-03-01T06:15:00Z"), "u1", "open", "WARD-3A", "e1"),
            new UsageEvent(
                "ehr", Instant.ofEpochMilli(1772345700000L), "1001", "sign", null, "42"));
    assertThat(parsed.counts).isEqualTo(new ParseCounts(3, 2, 0));
  }

  @Test
  void reportsEachBadLineWithItsNumberAndKeepsTheRest() {
    String good = "{\"time\":\"2026-03-01T08:15:00Z\",\"user\":\"u1\",\"action\":\"open\"}";
    var parsed =
        ndjson(
            lines(
                good, // 1
                "{\"time\":\"2026-03-01T08:15:00Z\",\"user\":\"u1\"", // 2 cut short
                "[1,2]", // 3 an array
                "\"text\"", // 4 a string
                "{\"time\":\"2026-03-01T08:15:00Z\",\"user\":[\"u1\"],\"action\":\"open\"}", // 5
                "{\"time\":true,\"user\":\"u1\",\"action\":\"open\"}", // 6
                "{\"time\":\"2026-03-01T08:15:00Z\",\"action\":\"open\"}", // 7 no user
                "{\"time\":\"2026-03-01T08:15:00Z\",\"user\":\"  \",\"action\":\"open\"}", // 8
                "{\"time\":\"1 March\",\"user\":\"u1\",\"action\":\"open\"}", // 9
                "{\"time\":1.5,\"user\":\"u1\",\"action\":\"open\"}", // 10
                good + " {}", // 11 two values
                "{\"time\":\"2026-03-01T08:15:00Z\",\"user\":\"u1\",\"user\":\"u2\",\"action\":\"a\"}",
                "not json", // 13
                good)); // 14

    assertThat(parsed.events).hasSize(2);
    assertThat(parsed.problems)
        .containsExactly(
            UsageProblem.at(2, UsageProblem.BAD_JSON),
            UsageProblem.at(3, UsageProblem.NOT_AN_OBJECT),
            UsageProblem.at(4, UsageProblem.NOT_AN_OBJECT),
            UsageProblem.at(5, UsageProblem.WRONG_TYPE, "user"),
            UsageProblem.at(6, UsageProblem.WRONG_TYPE, "time"),
            UsageProblem.at(7, UsageProblem.MISSING_FIELD, "user"),
            UsageProblem.at(8, UsageProblem.MISSING_FIELD, "user"),
            UsageProblem.at(9, UsageProblem.BAD_TIME, "1 March"),
            UsageProblem.at(10, UsageProblem.WRONG_TYPE, "time"),
            UsageProblem.at(11, UsageProblem.BAD_JSON),
            UsageProblem.at(12, UsageProblem.BAD_JSON),
            UsageProblem.at(13, UsageProblem.BAD_JSON));
  }

  @Test
  void aWrongTypeFollowedByBrokenJsonIsBadJson() {
    var parsed = ndjson(lines("{\"user\":{},\"time\":"));

    assertThat(parsed.problem()).isEqualTo(UsageProblem.at(1, UsageProblem.BAD_JSON));
  }

  @Test
  void reportsInvalidUtf8AndOverlongLines() {
    byte[] bad = {'{', '"', 'u', (byte) 0xFF, '"', '}', '\n'};
    byte[] longLine = lines("{\"x\":\"" + "a".repeat(UsageLines.MAX_LINE_BYTES) + "\"}");
    byte[] content = Arrays.copyOf(bad, bad.length + longLine.length);
    System.arraycopy(longLine, 0, content, bad.length, longLine.length);

    var parsed = ndjson(content);

    assertThat(parsed.problems)
        .containsExactly(
            UsageProblem.at(1, UsageProblem.BAD_ENCODING),
            UsageProblem.at(2, UsageProblem.LINE_TOO_LONG, "65536"));
  }

  @Test
  void anEmptyFileIsReported() {
    assertThat(ndjson("\n \r\n".getBytes(StandardCharsets.UTF_8)).problem())
        .isEqualTo(UsageProblem.at(0, UsageProblem.EMPTY_FILE));
  }

  @Test
  void readsGzipByItsContent() {
    byte[] plain =
        lines(
            "{\"time\":\"2026-03-01T08:15:00Z\",\"user\":\"u1\",\"action\":\"open\"}",
            "{\"time\":\"2026-03-01T08:16:00Z\",\"user\":\"u2\",\"action\":\"open\"}");

    var packed = ndjson(gzip(plain));

    assertThat(packed.events).isEqualTo(ndjson(plain).events).hasSize(2);
    assertThat(packed.problems).isEmpty();
  }
}
