package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded random event streams and files: rollups equal a recomputation from the raw events, files
 * written from events read back as the same events, and no bytes make a parser throw. The seed and
 * case number are in every failure message, so a failure can be replayed.
 */
class UsagePropertyTest {

  private static final int CASES_PER_SEED = 60;
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Helsinki"),
          ZoneId.of("Europe/Oslo"),
          ZoneId.of("Pacific/Chatham"));
  private static final String[] USERS = {"u1", "u2", "anna.m", "1001", "Åsa Öberg", "x;y", "q\"t"};
  private static final String[] ACTIONS = {"open", "sign", "view lab", "a,b", "käynti", "🩺 chat"};
  private static final Instant START = Instant.parse("2026-03-28T00:00:00Z");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final byte[] INTERESTING =
      ",;\t\"\r\n{}[]:0Z+-T \u00c3\u00a4\u00ef\u00bb\u00bf\u001f\u008b"
          .getBytes(StandardCharsets.ISO_8859_1);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 20_260_301L, 987_654_321L})
  void theRollupOfAStreamEqualsARecomputationAndCanBeBuiltInParts(long seed) {
    Random random = new Random(seed);
    for (int c = 0; c < CASES_PER_SEED; c++) {
      String label = "seed %d case %d".formatted(seed, c);
      ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
      List<UsageEvent> events = randomEvents(random, random.nextInt(300));

      UsageRollup rollup = UsageRollup.of(events, zone);
      assertThat(rollup.rows())
          .as(label)
          .containsExactlyInAnyOrderElementsOf(recompute(events, zone));

      int cut = events.isEmpty() ? 0 : random.nextInt(events.size() + 1);
      UsageRollup inParts =
          UsageRollup.of(events.subList(0, cut), zone)
              .plus(UsageRollup.of(events.subList(cut, events.size()), zone));
      assertThat(inParts).as(label).isEqualTo(rollup);

      List<UsageEvent> withRepeats = new ArrayList<>(events);
      for (int r = random.nextInt(50); r > 0 && !events.isEmpty(); r--) {
        UsageEvent again = events.get(random.nextInt(events.size()));
        // The same use reported again, perhaps with a unit this time.
        withRepeats.add(
            new UsageEvent(
                again.source(),
                again.occurredAt(),
                again.userId(),
                again.action(),
                "ER",
                again.eventId()));
      }
      Collections.shuffle(withRepeats, random);
      assertThat(UsageRollup.of(deduplicate(withRepeats), zone)).as(label).isEqualTo(rollup);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 20_260_301L, 987_654_321L})
  void filesWrittenFromEventsReadBackAsTheSameEvents(long seed) {
    Random random = new Random(seed);
    for (int c = 0; c < CASES_PER_SEED; c++) {
      String label = "seed %d case %d".formatted(seed, c);
      List<UsageEvent> events = randomEvents(random, random.nextInt(100));
      boolean gzip = random.nextBoolean();
      TimeFormat format = random.nextBoolean() ? TimeFormat.ISO_OFFSET : TimeFormat.EPOCH_MILLIS;
      char delimiter = ",;\t".charAt(random.nextInt(3));
      CsvMapping mapping =
          new CsvMapping("When", "Who", "What", "Unit", "Event", format, delimiter);

      byte[] csv = writeCsv(events, mapping, random);
      var fromCsv = UsageFiles.csv(gzip ? UsageFiles.gzip(csv) : csv, mapping);
      // a header alone is an empty file, as an NDJSON file without lines is
      assertThat(fromCsv.problems)
          .as(label)
          .isEqualTo(
              events.isEmpty() ? List.of(UsageProblem.at(0, UsageProblem.EMPTY_FILE)) : List.of());
      assertThat(fromCsv.events).as(label).isEqualTo(events);

      byte[] ndjson = writeNdjson(events, format, random);
      var fromNdjson = UsageFiles.ndjson(gzip ? UsageFiles.gzip(ndjson) : ndjson);
      assertThat(fromNdjson.problems)
          .as(label)
          .isEqualTo(
              events.isEmpty() ? List.of(UsageProblem.at(0, UsageProblem.EMPTY_FILE)) : List.of());
      assertThat(fromNdjson.events).as(label).isEqualTo(events);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 20_260_301L, 987_654_321L})
  void parsersNeverThrowAndAnswerWithinTheFile(long seed) {
    Random random = new Random(seed);
    for (int c = 0; c < CASES_PER_SEED * 5; c++) {
      String label = "seed %d case %d".formatted(seed, c);
      List<UsageEvent> events = randomEvents(random, random.nextInt(20));
      byte[] content =
          switch (random.nextInt(6)) {
            case 0 -> randomBytes(random);
            case 1 -> mutate(writeCsv(events, CsvMapping.standard(), random), random);
            case 2 -> mutate(writeNdjson(events, TimeFormat.ISO_OFFSET, random), random);
            case 3 ->
                mutate(UsageFiles.gzip(writeCsv(events, CsvMapping.standard(), random)), random);
            case 4 ->
                mutate(
                    UsageFiles.gzip(writeNdjson(events, TimeFormat.EPOCH_MILLIS, random)), random);
            default -> randomText(random);
          };
      UsageFiles.Parsed csv;
      UsageFiles.Parsed ndjson;
      try {
        csv = UsageFiles.csv(content);
        ndjson = UsageFiles.ndjson(content);
      } catch (RuntimeException | Error e) {
        throw new AssertionError(label + " threw on " + Arrays.toString(content), e);
      }
      check(csv, label + " csv");
      check(ndjson, label + " ndjson");
    }
  }

  private static void check(UsageFiles.Parsed parsed, String label) {
    ParseCounts counts = parsed.counts;
    assertThat(counts.events()).as(label).isEqualTo(parsed.events.size());
    assertThat(counts.problems()).as(label).isEqualTo(parsed.problems.size());
    assertThat(counts.events() + counts.problems())
        .as(label)
        .isLessThanOrEqualTo(counts.lines() + 1);
    assertThat(parsed.problems)
        .as(label)
        .allSatisfy(
            p -> {
              assertThat(p.line()).isBetween(0L, counts.lines());
              assertThat(UsageProblem.REASONS).contains(p.reason());
            });
    List<UsageProblem> numbered = parsed.problems.stream().filter(p -> p.line() > 0).toList();
    assertThat(numbered).as(label).isSortedAccordingTo((a, b) -> Long.compare(a.line(), b.line()));
  }

  /** Distinct events (no two share a dedup key) from small pools, over about two weeks. */
  private static List<UsageEvent> randomEvents(Random random, int count) {
    Map<String, UsageEvent> byKey = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      Instant time =
          START
              .plus(random.nextInt(14 * 24 * 60), ChronoUnit.MINUTES)
              .plusMillis(random.nextInt(60_000));
      String id = random.nextInt(4) == 0 ? "evt-" + random.nextInt(1_000_000) : null;
      UsageEvent event =
          new UsageEvent(
              "ehr",
              time,
              USERS[random.nextInt(USERS.length)],
              ACTIONS[random.nextInt(ACTIONS.length)],
              random.nextBoolean() ? null : "WARD-" + random.nextInt(3),
              id);
      byKey.putIfAbsent(event.dedupKey(), event);
    }
    return List.copyOf(byKey.values());
  }

  private static List<UsageEvent> deduplicate(List<UsageEvent> events) {
    Map<String, UsageEvent> byKey = new LinkedHashMap<>();
    events.forEach(e -> byKey.putIfAbsent(e.dedupKey(), e));
    return List.copyOf(byKey.values());
  }

  /** The rollup computed the slow, obvious way. */
  private static List<DailyUsage> recompute(List<UsageEvent> events, ZoneId zone) {
    record Cell(String source, String user, LocalDate day, String action) {}
    Map<Cell, List<UsageEvent>> cells =
        events.stream()
            .collect(
                Collectors.groupingBy(
                    e ->
                        new Cell(
                            e.source(),
                            e.userId(),
                            LocalDate.ofInstant(e.occurredAt(), zone),
                            e.action())));
    List<DailyUsage> rows = new ArrayList<>();
    cells.forEach(
        (cell, used) ->
            rows.add(
                new DailyUsage(
                    cell.source(),
                    cell.user(),
                    cell.day(),
                    cell.action(),
                    used.size(),
                    used.stream().map(UsageEvent::occurredAt).min(Instant::compareTo).orElseThrow(),
                    used.stream()
                        .map(UsageEvent::occurredAt)
                        .max(Instant::compareTo)
                        .orElseThrow())));
    return rows;
  }

  /**
   * A CSV file in the mapping, columns in a random order, values quoted when needed or at random.
   */
  private static byte[] writeCsv(List<UsageEvent> events, CsvMapping mapping, Random random) {
    List<String> columns = new ArrayList<>(mapping.columns());
    columns.add("Comment");
    Collections.shuffle(columns, random);
    String separator = String.valueOf(mapping.delimiter());
    StringBuilder out = new StringBuilder();
    if (random.nextBoolean()) {
      out.append('\uFEFF');
    }
    String newline = random.nextBoolean() ? "\n" : "\r\n";
    out.append(
            columns.stream()
                .map(c -> quote(c, mapping.delimiter(), random))
                .collect(Collectors.joining(separator)))
        .append(newline);
    for (UsageEvent event : events) {
      if (random.nextInt(10) == 0) {
        out.append(newline);
      }
      Map<String, @Nullable String> values = new HashMap<>();
      values.put(mapping.timeColumn(), time(event.occurredAt(), mapping.timeFormat(), random));
      values.put(mapping.userColumn(), event.userId());
      values.put(mapping.actionColumn(), event.action());
      values.put(mapping.unitColumn(), event.unitCode());
      values.put(mapping.eventIdColumn(), event.eventId());
      values.put("Comment", random.nextBoolean() ? "" : "free, \"text\"; here");
      out.append(
              columns.stream()
                  .map(c -> quote(values.get(c), mapping.delimiter(), random))
                  .collect(Collectors.joining(separator)))
          .append(newline);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String quote(@Nullable String value, char delimiter, Random random) {
    String text = value == null ? "" : value;
    boolean needed = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0;
    return needed || random.nextInt(4) == 0 ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static byte[] writeNdjson(List<UsageEvent> events, TimeFormat format, Random random) {
    StringBuilder out = new StringBuilder();
    for (UsageEvent event : events) {
      Map<String, Object> fields = new LinkedHashMap<>();
      if (random.nextBoolean()) {
        fields.put("note", Map.of("nested", List.of(1, "two")));
      }
      fields.put(
          "time",
          format == TimeFormat.EPOCH_MILLIS
              ? (Object) event.occurredAt().toEpochMilli()
              : time(event.occurredAt(), format, random));
      fields.put("user", event.userId());
      fields.put("action", event.action());
      if (event.unitCode() != null) {
        fields.put("unit", event.unitCode());
      }
      if (event.eventId() != null) {
        fields.put("id", event.eventId());
      }
      out.append(JSON.writeValueAsString(fields)).append(random.nextBoolean() ? "\n" : "\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String time(Instant instant, TimeFormat format, Random random) {
    return switch (format) {
      case EPOCH_MILLIS -> String.valueOf(instant.toEpochMilli());
      case ISO_OFFSET ->
          OffsetDateTime.ofInstant(instant, ZoneOffset.ofHoursMinutes(random.nextInt(25) - 12, 0))
              .toString();
    };
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(2_000)];
    random.nextBytes(bytes);
    if (bytes.length > 2 && random.nextBoolean()) {
      bytes[0] = 0x1f;
      bytes[1] = (byte) 0x8b;
    }
    return bytes;
  }

  private static byte[] randomText(Random random) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzäöå_ ,;\"\t\r\n{}[]:0123456789-+TZ.";
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append("time,user,action,unit,id\n");
    }
    int length = random.nextInt(600);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int mutations = 1 + random.nextInt(8);
    for (int m = 0; m < mutations && bytes.length > 0; m++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(4)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> bytes[at] = INTERESTING[random.nextInt(INTERESTING.length)];
        case 2 -> bytes = Arrays.copyOf(bytes, at);
        default -> {
          int end = Math.min(bytes.length, at + random.nextInt(64));
          byte[] copy = Arrays.copyOfRange(bytes, at, end);
          byte[] out = new byte[bytes.length + copy.length];
          System.arraycopy(bytes, 0, out, 0, at);
          System.arraycopy(copy, 0, out, at, copy.length);
          System.arraycopy(bytes, at, out, at + copy.length, bytes.length - at);
          bytes = out;
        }
      }
    }
    return bytes;
  }
}
