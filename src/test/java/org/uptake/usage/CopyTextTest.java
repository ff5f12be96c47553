package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The byte-level writers of the import ({@link CopyText}, {@link EventKey}) give exactly what the
 * text-level ones they replace gave: the same COPY text, the same stored keys.
 */
class CopyTextTest {

  private static final List<String> AWKWARD =
      List.of(
          "KU1",
          "",
          "tab\there",
          "line\nbreak\r",
          "back\\slash",
          "\"quoted\"",
          "nul\u0000in",
          "Kuusijärvi",
          "名前",
          "emoji \uD83D\uDE00 pair",
          "lone \uD800 high",
          "lone \uDC00 low",
          "\uDC00\uD800 reversed",
          "\uD800\uD800\uDC00 two highs",
          "{braces},commas");

  @Test
  void writesFieldsAndElementsAsTheStringBuilderVersionDid() {
    CopyText bytes = new CopyText(4);
    for (String value : AWKWARD) {
      bytes.clear();
      bytes.field(value).ascii('|').element(value);
      StringBuilder text = new StringBuilder();
      CopyStreams.field(text, value).append('|');
      CopyStreams.element(text, value);
      // as the old rows went out: the StringBuilder's text as UTF-8 (a lone surrogate as '?')
      assertThat(java.util.Arrays.copyOf(bytes.bytes(), bytes.length()))
          .as(value)
          .isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    bytes.clear();
    bytes.field(null).ascii('|').element(null);
    assertThat(new String(bytes.bytes(), 0, bytes.length(), StandardCharsets.UTF_8))
        .isEqualTo("\\N|NULL");
  }

  @Test
  void writesNumbersAndUuidsAsJavaDoes() {
    Random random = new Random(20261124);
    CopyText bytes = new CopyText(1);
    for (int i = 0; i < 10_000; i++) {
      long number =
          i < 5 ? new long[] {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 10}[i] : random.nextLong();
      UUID uuid = new UUID(random.nextLong(), random.nextLong());
      bytes.clear();
      bytes
          .number(number)
          .ascii(' ')
          .uuid(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
      assertThat(new String(bytes.bytes(), 0, bytes.length(), StandardCharsets.US_ASCII))
          .isEqualTo(number + " " + uuid);
    }
  }

  /**
   * Seeded random events: the reused-buffer key equals the first 16 bytes of the text key's hash.
   */
  @Test
  void eventKeysEqualTheDigestOfTheTextKey() throws Exception {
    Random random = new Random(20261125);
    EventKey keys = new EventKey();
    for (int i = 0; i < 20_000; i++) {
      long seconds = random.nextLong(0, 253_402_300_800L);
      int nanos =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant at = Instant.ofEpochSecond(seconds, nanos);
      String user = AWKWARD.get(random.nextInt(AWKWARD.size())) + "u" + i;
      String action = i % 7 == 0 ? "ä" + i : "open";
      String id = i % 3 == 0 ? AWKWARD.get(random.nextInt(AWKWARD.size())) + i : null;
      UsageEvent event = new UsageEvent("ehr-prod", at, user, action, null, id);
      assertThat(event.occurredAt()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  id != null
                      ? event.dedupKey().getBytes(StandardCharsets.UTF_8)
                      : hashedParts(event));
      long high = 0;
      long low = 0;
      for (int b = 0; b < 8; b++) {
        high = (high << 8) | (digest[b] & 0xFF);
        low = (low << 8) | (digest[b + 8] & 0xFF);
      }
      assertThat(keys.of(event)).as(event.toString()).isEqualTo(new UUID(high, low));
      if (id == null) {
        assertThat(event.dedupKey().substring(7, 39))
            .isEqualTo(keys.of(event).toString().replace("-", ""));
      }
    }
  }

  private static byte[] hashedParts(UsageEvent event) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String part :
        new String[] {
          event.source(), event.occurredAt().toString(), event.userId(), event.action()
        }) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }
}
