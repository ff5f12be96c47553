package org.uptake.usage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One use of the service by one person, as its log recorded it.
 *
 * <p>Times are kept to the microsecond, as PostgreSQL stores them, so that an event read again from
 * any format gets the same {@link #dedupKey()}.
 *
 * @param source the log the event came from, named once per service (for example "ehr-prod"); it
 *     scopes event ids and feature names
 * @param occurredAt when the person used the service
 * @param userId the person's id in the service's log (matched to the roster later)
 * @param action the feature or action used
 * @param unitCode the unit the log names, or null
 * @param eventId the log's own id for the event, or null
 */
public record UsageEvent(
    String source,
    Instant occurredAt,
    String userId,
    String action,
    @Nullable String unitCode,
    @Nullable String eventId) {

  /** Prefix of keys taken from the log's own event id. */
  public static final String ID_PREFIX = "id:";

  /** Prefix of keys computed as a hash, so they can never equal a key taken from an event id. */
  public static final String HASH_PREFIX = "sha256:";

  public UsageEvent {
    requireText(source, "source");
    Objects.requireNonNull(occurredAt, "occurredAt");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    requireText(userId, "userId");
    requireText(action, "action");
    unitCode = blankToNull(unitCode);
    eventId = blankToNull(eventId);
  }

  /**
   * The key that makes importing the same event twice change nothing. Unique together with {@link
   * #source()}, never across sources.
   *
   * <ul>
   *   <li>With an event id: {@code "id:"} followed by the id, exactly as the log wrote it.
   *   <li>Without: {@code "sha256:"} followed by the lower-case hex SHA-256 of source, time (the
   *       UTC ISO-8601 instant, as {@link Instant#toString()} writes it), user id and action, each
   *       as UTF-8 preceded by its length in bytes as a 4-byte big-endian integer (so that no
   *       choice of separator can make two different events collide). The unit is not part of it:
   *       the same use reported with and without a unit is one use.
   * </ul>
   */
  public String dedupKey() {
    if (eventId != null) {
      return ID_PREFIX + eventId;
    }
    MessageDigest digest = sha256();
    for (String part : new String[] {source, occurredAt.toString(), userId, action}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      digest.update(bytes);
    }
    return HASH_PREFIX + HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
