package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.usage.UsageFiles.csv;
import static org.uptake.usage.UsageFiles.gzip;
import static org.uptake.usage.UsageFiles.lines;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvUsageParserTest {

  private static final String HEADER = "time,user,action,unit,id";

  @Test
  void readsEventsWithTheStandardMapping() {
    var parsed =
        csv(
            lines(
                HEADER,
                "2026-03-01T08:15:00+02:00,u1,open-record,WARD-3A,e1",
                "2026-03-01T06:20:00Z,u2,sign,,"));

    assertThat(parsed.problems).isEmpty();
    assertThat(parsed.events)
        .containsExactly(
            new UsageEvent(
                "ehr", Instant.parse("2026-03-01T06:15:00Z"), "u1", "open-record", "WARD-3A", "e1"),
            new UsageEvent("ehr", Instant.parse("2026-03-01T06:20:00Z"), "u2", "sign", null, null));
    assertThat(parsed.counts).isEqualTo(new ParseCounts(3, 2, 0));
  }

  @Test
  void readsAMappedSourceWithSemicolonsEpochMillisQuotesAndExtraColumns() {
    CsvMapping mapping =
        new CsvMapping("Timestamp", "Login", "Event", null, null, TimeFormat.EPOCH_MILLIS, ';');
    var parsed =
        csv(
            lines(
                "Login ; TIMESTAMP;Event;Comment",
                "\"anna\";1772345700000;\"view \"\"lab\"\"\";\"a; b\"",
                " bert ; 1772345700001 ; sign ;"),
            mapping);

    assertThat(parsed.problems).isEmpty();
    assertThat(parsed.events)
        .extracting(UsageEvent::userId, UsageEvent::action, UsageEvent::occurredAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "anna", "view \"lab\"", Instant.ofEpochMilli(1772345700000L)),
            org.assertj.core.groups.Tuple.tuple(
                "bert", "sign", Instant.ofEpochMilli(1772345700001L)));
  }

  @Test
  void skipsBlankLinesAndAByteOrderMarkAndAcceptsCrLf() {
    byte[] content =
        ("\uFEFF\r\n" + HEADER + "\r\n\r\n2026-03-01T08:15:00Z,u1,open,,\r\n   \r\n")
            .getBytes(StandardCharsets.UTF_8);

    var parsed = csv(content);

    assertThat(parsed.problems).isEmpty();
    assertThat(parsed.events).hasSize(1);
    assertThat(parsed.counts.lines()).isEqualTo(5);
  }

  @Test
  void readsAFileWithoutAFinalLineBreak() {
    var parsed =
        csv((HEADER + "\n2026-03-01T08:15:00Z,u1,open,,").getBytes(StandardCharsets.UTF_8));

    assertThat(parsed.events).hasSize(1);
    assertThat(parsed.counts).isEqualTo(new ParseCounts(2, 1, 0));
  }

  @Test
  void reportsEachBadLineWithItsNumberAndKeepsTheRest() {
    var parsed =
        csv(
            lines(
                HEADER,
                "2026-03-01T08:15:00Z,u1,open,,", // 2 good
                ",u1,open,,", // 3 no time
                "2026-03-01T08:15:00Z,,open,,", // 4 no user
                "2026-03-01T08:15:00Z,u1,,,", // 5 no action
                "2026-03-01T08:15:00,u1,open,,", // 6 no offset
                "yesterday,u1,open,,", // 7 not a time
                "2026-03-01T08:15:00Z,u1,\"open,,", // 8 quote left open
                "2026-03-01T08:15:00Z,u1,\"open\"x,,", // 9 text after quote
                "2026-03-01T08:15:00Z," + "u".repeat(256) + ",open,,", // 10 user too long
                "2026-03-01T08:15:00Z", // 11 short line
                "1969-12-31T23:59:59Z,u1,open,,", // 12 before 1970
                "2026-03-01T08:15:00Z,u9,open,,")); // 13 good

    assertThat(parsed.events).extracting(UsageEvent::userId).containsExactly("u1", "u9");
    assertThat(parsed.problems)
        .containsExactly(
            UsageProblem.at(3, UsageProblem.MISSING_FIELD, "time"),
            UsageProblem.at(4, UsageProblem.MISSING_FIELD, "user"),
            UsageProblem.at(5, UsageProblem.MISSING_FIELD, "action"),
            UsageProblem.at(6, UsageProblem.BAD_TIME, "2026-03-01T08:15:00"),
            UsageProblem.at(7, UsageProblem.BAD_TIME, "yesterday"),
            UsageProblem.at(8, UsageProblem.BAD_QUOTES),
            UsageProblem.at(9, UsageProblem.BAD_QUOTES),
            UsageProblem.at(10, UsageProblem.TOO_LONG, "user", "255"),
            UsageProblem.at(11, UsageProblem.MISSING_FIELD, "user"),
            UsageProblem.at(12, UsageProblem.BAD_TIME, "1969-12-31T23:59:59Z"));
    assertThat(parsed.counts).isEqualTo(new ParseCounts(13, 2, 10));
  }

  @Test
  void reportsEpochMillisThatAreNotWholePositiveNumbers() {
    CsvMapping mapping =
        new CsvMapping("time", "user", "action", null, null, TimeFormat.EPOCH_MILLIS, ',');
    var parsed =
        csv(
            lines(
                "time,user,action",
                "1772345700000.5,u1,open",
                "-1,u1,open",
                "99999999999999999999,u1,open",
                "2026-03-01T08:15:00Z,u1,open"),
            mapping);

    assertThat(parsed.events).isEmpty();
    assertThat(parsed.problems)
        .extracting(UsageProblem::line, UsageProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, UsageProblem.BAD_TIME),
            org.assertj.core.groups.Tuple.tuple(3L, UsageProblem.BAD_TIME),
            org.assertj.core.groups.Tuple.tuple(4L, UsageProblem.BAD_TIME),
            org.assertj.core.groups.Tuple.tuple(5L, UsageProblem.BAD_TIME));
  }

  @Test
  void reportsInvalidUtf8OnItsLine() {
    byte[] good = lines(HEADER, "2026-03-01T08:15:00Z,u1,open,,");
    byte[] bad = {'2', '0', '2', '6', ',', (byte) 0xC3, (byte) 0x28, ',', 'x', ',', ',', '\n'};
    byte[] content = Arrays.copyOf(good, good.length + bad.length);
    System.arraycopy(bad, 0, content, good.length, bad.length);

    var parsed = csv(content);

    assertThat(parsed.events).hasSize(1);
    assertThat(parsed.problem()).isEqualTo(UsageProblem.at(3, UsageProblem.BAD_ENCODING));
  }

  @Test
  void reportsALineTooLongToKeepAndReadsOn() {
    var parsed =
        csv(
            lines(
                HEADER,
                "2026-03-01T08:15:00Z,u1," + "a".repeat(UsageLines.MAX_LINE_BYTES) + ",,",
                "2026-03-01T08:15:00Z,u2,open,,"));

    assertThat(parsed.events).extracting(UsageEvent::userId).containsExactly("u2");
    assertThat(parsed.problem()).isEqualTo(UsageProblem.at(2, UsageProblem.LINE_TOO_LONG, "65536"));
  }

  @Test
  void aHeaderWithoutAMappedColumnEndsTheFile() {
    var parsed = csv(lines("", "time,user,unit", "2026-03-01T08:15:00Z,u1,open"));

    assertThat(parsed.events).isEmpty();
    assertThat(parsed.problem())
        .isEqualTo(UsageProblem.at(2, UsageProblem.MISSING_COLUMN, "action"));
  }

  @Test
  void aMappedColumnTwiceInTheHeaderEndsTheFile() {
    var parsed = csv(lines("time,user,action,unit,id,USER", "2026-03-01T08:15:00Z,u1,open,,,u2"));

    assertThat(parsed.events).isEmpty();
    assertThat(parsed.problem())
        .isEqualTo(UsageProblem.at(1, UsageProblem.DUPLICATE_COLUMN, "user"));
  }

  @Test
  void anEmptyFileIsReported() {
    assertThat(csv(new byte[0]).problem()).isEqualTo(UsageProblem.at(0, UsageProblem.EMPTY_FILE));
    assertThat(csv(lines("", "  ")).problem())
        .isEqualTo(UsageProblem.at(0, UsageProblem.EMPTY_FILE));
  }

  @Test
  void readsGzipByItsContentAndReportsABrokenOne() {
    byte[] plain =
        lines(HEADER, "2026-03-01T08:15:00Z,u1,open,,", "2026-03-01T08:16:00Z,u2,open,,");
    byte[] packed = gzip(plain);

    assertThat(csv(packed).events).isEqualTo(csv(plain).events).hasSize(2);

    var truncated = csv(Arrays.copyOf(packed, packed.length - 12));
    assertThat(truncated.problems)
        .last()
        .extracting(UsageProblem::reason)
        .isEqualTo(UsageProblem.BAD_COMPRESSION);

    var headerOnly = csv(Arrays.copyOf(packed, 5));
    assertThat(headerOnly.problem()).isEqualTo(UsageProblem.at(0, UsageProblem.BAD_COMPRESSION));
  }

  @Test
  void splitsFieldsLikeRfc4180OnOneLine() {
    assertThat(CsvUsageParser.split("a, \"b,c\" ,\"d\"\"e\",", ','))
        .isEqualTo(List.of("a", "b,c", "d\"e", ""));
    assertThat(CsvUsageParser.split("\"a", ',')).isNull();
    assertThat(CsvUsageParser.split("\"a\"b", ',')).isNull();
    assertThat(CsvUsageParser.split("", ',')).isEqualTo(List.of(""));
  }
}
