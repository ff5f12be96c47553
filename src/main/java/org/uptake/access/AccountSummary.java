package org.uptake.access;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account as others see it: enough to pick a person as owner of a task or a responsibility. */
public record AccountSummary(
    AccountId id,
    String username,
    String displayName,
    Set<Role> roles,
    boolean enabled,
    boolean locked,
    @Nullable Instant lastLoginAt) {}
