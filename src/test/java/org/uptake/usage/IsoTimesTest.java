package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimesTest {

  @Test
  void readsWhatLogsWrite() {
    assertThat(IsoTimes.fast("2026-03-01T08:15:00Z"))
        .isEqualTo(Instant.parse("2026-03-01T08:15:00Z"));
    assertThat(IsoTimes.fast("2026-03-01T08:15:00.123+02:00"))
        .isEqualTo(Instant.parse("2026-03-01T06:15:00.123Z"));
    assertThat(IsoTimes.fast("2024-02-29T23:59:59.123456789-05:30"))
        .isEqualTo(Instant.parse("2024-03-01T05:29:59.123456789Z"));
  }

  @Test
  void leavesEverythingElseToTheJdk() {
    for (String text :
        List.of(
            "2026-02-29T08:15:00Z",
            "2026-13-01T08:15:00Z",
            "2026-03-01T24:00:00Z",
            "2026-03-01T08:15:60Z",
            "2026-03-01T08:15Z",
            "2026-03-01T08:15:00",
            "2026-03-01T08:15:00.Z",
            "2026-03-01T08:15:00.1234567890Z",
            "2026-03-01T08:15:00+18:00",
            "2026-03-01T08:15:00+02:00:30",
            "+12026-03-01T08:15:00Z",
            "2026-03-01 08:15:00Z")) {
      assertThat(IsoTimes.fast(text)).as(text).isNull();
    }
  }

  /** Seeded random texts near the common shape: the fast reading equals the JDK's or declines. */
  @Test
  void agreesWithTheJdkFormatter() {
    Random random = new Random(20261124);
    String alphabet = "0123456789-:T.Z+tz ";
    int fast = 0;
    for (int i = 0; i < 200_000; i++) {
      char[] text =
          String.format(
                  "%04d-%02d-%02dT%02d:%02d:%02d.%d%s",
                  random.nextInt(10_000),
                  random.nextInt(14),
                  random.nextInt(33),
                  random.nextInt(26),
                  random.nextInt(61),
                  random.nextInt(61),
                  random.nextInt(1_000_000),
                  List.of("Z", "z", "+02:00", "-11:30", "+18:00", "+17:59", "")
                      .get(random.nextInt(7)))
              .toCharArray();
      for (int m = random.nextInt(3); m > 0; m--) {
        text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String s = new String(text);
      Instant jdk;
      try {
        jdk = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeException e) {
        jdk = null;
      }
      Instant mine = IsoTimes.fast(s);
      if (mine != null) {
        fast++;
        assertThat(mine).as(s).isEqualTo(jdk);
      }
      if (jdk != null) {
        assertThat(IsoTimes.parse(s)).as(s).isEqualTo(jdk);
      }
    }
    assertThat(fast).as("texts read by the fast path").isGreaterThan(10_000);
  }
}
