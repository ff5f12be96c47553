package org.uptake.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules.
 *
 * @param maxFailedAttempts failed passwords in a row before the account is locked
 * @param lockDuration how long a locked account stays locked
 * @param minPasswordLength shortest password accepted for a local account
 */
@ConfigurationProperties("uptake.access")
public record AccessProperties(
    @DefaultValue("5") int maxFailedAttempts,
    @DefaultValue("15m") Duration lockDuration,
    @DefaultValue("12") int minPasswordLength) {}
