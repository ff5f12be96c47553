package org.uptake.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The state of an organisation's outbox.
 *
 * @param serverConfigured whether an SMTP server is configured; without one mail only waits
 * @param counts messages waiting, sent and given up
 * @param problems messages that failed at least once and are not sent (the newest 100)
 */
public record OutboxStatus(boolean serverConfigured, Counts counts, List<Problem> problems) {

  public record Counts(long waiting, long sent, long failed, @Nullable Instant oldestWaiting) {}

  public record Problem(
      UUID id,
      String recipient,
      String subject,
      String originModule,
      int attempts,
      @Nullable String lastError,
      Instant queuedAt,
      boolean givenUp) {}
}
