package org.uptake.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded usage files shaped like a national service's log: 100,000 people, five features used with
 * different frequencies, on each day about 60% of the people use the service 3 to 30 times between
 * 07:00 and 19:00 (UTC), and the lines of a file are in time order, as a log is written. As in the
 * worst-case files: an event id on half of the events, every 20th line a repeat of the line before
 * (a duplicate), one malformed line in 10,000. Days follow one another from 2026-03-02 until the
 * number of events is reached. None of the ids is on the demo roster (all 100,000 people count as
 * unknown users, the most work for that part of the import).
 */
final class RealisticUsage {

  static final int PEOPLE = 100_000;
  private static final String[] FEATURES = {
    "open-record", "read-message", "write-message", "book-visit", "video-call"
  };
  private static final double[] FEATURE_SHARE = {0.40, 0.25, 0.15, 0.12, 0.08};

  private RealisticUsage() {}

  static void generate(long events, Path csv, Path ndjson) throws IOException {
    if (Files.exists(csv) && Files.exists(ndjson)) {
      return;
    }
    Random random = new Random(20_260_302L);
    Instant day = Instant.parse("2026-03-02T00:00:00Z");
    long written = 0;
    long line = 0;
    try (Writer c = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        Writer j = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8)) {
      c.write("time,user,action,unit,id\n");
      String previousCsv = null;
      String previousJson = null;
      while (written < events) {
        // one day: (millisecond of the day << 24 | feature << 20 | person), sorted = time order
        long[] slots = new long[PEOPLE * 31];
        int n = 0;
        for (int person = 0; person < PEOPLE; person++) {
          if (random.nextDouble() >= 0.6) {
            continue;
          }
          int uses = 3 + random.nextInt(28);
          for (int u = 0; u < uses; u++) {
            long ms = 7 * 3_600_000L + (long) (random.nextDouble() * 12 * 3_600_000L);
            slots[n++] = (ms << 24) | ((long) feature(random) << 20) | person;
          }
        }
        Arrays.sort(slots, 0, n);
        for (int k = 0; k < n && written < events; k++) {
          line++;
          written++;
          if (line % 10_000 == 9_998) {
            c.write("not-a-time,P1,open-record,,\n");
            j.write("{\"time\":\"not-a-time\",\"user\":\"P1\",\"action\":\"open-record\"}\n");
            continue;
          }
          if (line % 20 == 19 && previousCsv != null) {
            c.write(previousCsv);
            j.write(previousJson);
            continue;
          }
          long value = slots[k];
          Instant at = day.plusMillis(value >>> 24);
          String user = "P" + (1 + (value & 0xFFFFF));
          String action = FEATURES[(int) ((value >>> 20) & 0xF)];
          String id = random.nextBoolean() ? "ev" + line : "";
          previousCsv = RealisticUsage.csvLine(at, user, action, id);
          previousJson = RealisticUsage.jsonLine(at, user, action, id);
          c.write(previousCsv);
          j.write(previousJson);
        }
        day = day.plusSeconds(86_400);
      }
    }
  }

  private static int feature(Random random) {
    double x = random.nextDouble();
    for (int f = 0; f < FEATURE_SHARE.length; f++) {
      x -= FEATURE_SHARE[f];
      if (x < 0) {
        return f;
      }
    }
    return FEATURE_SHARE.length - 1;
  }

  /** One event as a line of the bench's CSV file (time, user, action, unit, event id). */
  static String csvLine(Instant at, String user, String action, String id) {
    return at + "," + user + "," + action + ",," + id + "\n";
  }

  /** The same event as a line of the NDJSON file; an empty id is left out. */
  static String jsonLine(Instant at, String user, String action, String id) {
    return "{\"time\":\""
        + at
        + "\",\"user\":\""
        + user
        + "\",\"action\":\""
        + action
        + "\""
        + (id.isEmpty() ? "" : ",\"id\":\"" + id + "\"")
        + "}\n";
  }
}
