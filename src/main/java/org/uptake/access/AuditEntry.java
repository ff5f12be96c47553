package org.uptake.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail as shown to an admin. */
public record AuditEntry(
    Instant at,
    @Nullable String actor,
    String action,
    String entityType,
    @Nullable String entityId,
    @Nullable String detail) {}
