package org.uptake.usage;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the lapsed-user rules need to know about one person on the roster.
 *
 * @param userId the person's id: in the usage log, or (for follow-ups) on the roster
 * @param unitLiveFrom the day the person's unit went live
 * @param lastUse the last day the person used the service, or null if never
 */
public record PersonUsage(String userId, LocalDate unitLiveFrom, @Nullable LocalDate lastUse) {

  public PersonUsage {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(unitLiveFrom, "unitLiveFrom");
  }
}
