package org.uptake.usage;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * The stored form of {@link UsageEvent#dedupKey()}: its first 16 bytes of SHA-256, as a uuid. For a
 * {@code "sha256:"} key that is the start of the same digest; for an {@code "id:"} key it is the
 * SHA-256 of the key's UTF-8 bytes. Two different events share a stored key with a probability of
 * about n²/2¹²⁹, which for 10¹² events of one source is below 10⁻¹⁴.
 *
 * <p>The bytes hashed are written into one reused buffer (the time as {@link Instant#toString()}
 * writes it, formatted here for the years 1970 to 9999), so that {@link #compute} allocates nothing
 * for ASCII text. SHA-256 stays, although the key only deduplicates: the keys of stored events
 * cannot be recomputed from what is stored (the log's event id is not kept), so another hash would
 * stop a file already stored from being recognised (docs/benchmarks.md, "Usage ingest").
 *
 * <p>Not thread-safe: one per import, so that the digest and the buffer are reused.
 */
final class EventKey {

  private final MessageDigest digest;
  private final byte[] hash = new byte[32];
  private byte[] buffer = new byte[512];
  private int length;
  private long high;
  private long low;

  EventKey() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  UUID of(UsageEvent event) {
    compute(event);
    return new UUID(high, low);
  }

  /** Computes the key of the event; read it with {@link #high()} and {@link #low()}. */
  void compute(UsageEvent event) {
    length = 0;
    if (event.eventId() != null) {
      text(UsageEvent.ID_PREFIX);
      text(event.eventId());
    } else {
      part(event.source());
      int at = length;
      length += 4;
      if (!instant(event.occurredAt())) {
        length = at;
        part(event.occurredAt().toString());
      } else {
        prefix(at, length - at - 4);
      }
      part(event.userId());
      part(event.action());
    }
    digest.update(buffer, 0, length);
    try {
      digest.digest(hash, 0, 32);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 gives 32 bytes", e);
    }
    long h = 0;
    long l = 0;
    for (int i = 0; i < 8; i++) {
      h = (h << 8) | (hash[i] & 0xFF);
      l = (l << 8) | (hash[i + 8] & 0xFF);
    }
    high = h;
    low = l;
  }

  /** The first 8 bytes of the key last computed. */
  long high() {
    return high;
  }

  /** The next 8 bytes of the key last computed. */
  long low() {
    return low;
  }

  /** A text as UTF-8, preceded by its length in bytes as a 4-byte big-endian integer. */
  private void part(String text) {
    int at = length;
    length += 4;
    room(4);
    text(text);
    prefix(at, length - at - 4);
  }

  private void prefix(int at, int n) {
    buffer[at] = (byte) (n >>> 24);
    buffer[at + 1] = (byte) (n >>> 16);
    buffer[at + 2] = (byte) (n >>> 8);
    buffer[at + 3] = (byte) n;
  }

  private void text(String text) {
    int n = text.length();
    room(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        byte[] bytes = text.substring(i).getBytes(StandardCharsets.UTF_8);
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        return;
      }
      buffer[length++] = (byte) c;
    }
  }

  /**
   * Writes the instant as {@link Instant#toString()} does, for the years 1970 to 9999: seconds,
   * then a fraction of 3, 6 or 9 digits if it is not zero. False (nothing written) for other years.
   */
  private boolean instant(Instant at) {
    long seconds = at.getEpochSecond();
    if (seconds < 0 || seconds >= 253_402_300_800L) {
      return false;
    }
    long days = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    LocalDate date = LocalDate.ofEpochDay(days);
    room(32);
    digits(date.getYear(), 4);
    buffer[length++] = '-';
    digits(date.getMonthValue(), 2);
    buffer[length++] = '-';
    digits(date.getDayOfMonth(), 2);
    buffer[length++] = 'T';
    digits(secondOfDay / 3600, 2);
    buffer[length++] = ':';
    digits(secondOfDay / 60 % 60, 2);
    buffer[length++] = ':';
    digits(secondOfDay % 60, 2);
    int nanos = at.getNano();
    if (nanos != 0) {
      buffer[length++] = '.';
      if (nanos % 1_000_000 == 0) {
        digits(nanos / 1_000_000, 3);
      } else if (nanos % 1_000 == 0) {
        digits(nanos / 1_000, 6);
      } else {
        digits(nanos, 9);
      }
    }
    buffer[length++] = 'Z';
    return true;
  }

  private void digits(int value, int count) {
    for (int i = count - 1; i >= 0; i--) {
      buffer[length + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += count;
  }

  private void room(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }
}
