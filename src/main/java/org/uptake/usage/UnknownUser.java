package org.uptake.usage;

import java.time.Instant;

/**
 * An external user id seen in events that matches no one on the roster.
 *
 * @param externalId the id as the log wrote it
 * @param events how many stored events name it
 * @param firstSeen the earliest of them
 * @param lastSeen the latest of them
 */
public record UnknownUser(String externalId, long events, Instant firstSeen, Instant lastSeen) {}
