package org.uptake.usage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The stored form of {@link UsageEvent#dedupKey()}: its first 16 bytes of SHA-256, as a uuid. For a
 * {@code "sha256:"} key that is the start of the same digest; for an {@code "id:"} key it is the
 * SHA-256 of the key's UTF-8 bytes. Two different events share a stored key with a probability of
 * about n²/2¹²⁹, which for 10¹² events of one source is below 10⁻¹⁴.
 *
 * <p>Not thread-safe: one per import, so that the digest is reused from event to event.
 */
final class EventKey {

  private final MessageDigest digest;
  private final byte[] length = new byte[4];

  EventKey() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  UUID of(UsageEvent event) {
    digest.reset();
    if (event.eventId() != null) {
      digest.update((UsageEvent.ID_PREFIX + event.eventId()).getBytes(StandardCharsets.UTF_8));
    } else {
      part(event.source());
      part(event.occurredAt().toString());
      part(event.userId());
      part(event.action());
    }
    byte[] hash = digest.digest();
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (hash[i] & 0xFF);
      low = (low << 8) | (hash[i + 8] & 0xFF);
    }
    return new UUID(high, low);
  }

  private void part(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length;
    length[0] = (byte) (n >>> 24);
    length[1] = (byte) (n >>> 16);
    length[2] = (byte) (n >>> 8);
    length[3] = (byte) n;
    digest.update(length);
    digest.update(bytes);
  }
}
