package org.uptake.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How email leaves Uptake. The SMTP server itself is configured with Spring's {@code spring.mail.*}
 * keys; without {@code spring.mail.host} mail waits in the outbox.
 *
 * @param from the sender address of every message
 * @param pollInterval how long the relay rests between runs when there was nothing to send
 * @param batchSize messages claimed and sent over one SMTP connection
 * @param claim how long a claimed batch is reserved for one relay before another may take it
 * @param maxAttempts attempts before a message is given up and shown as failed
 * @param retryAfter wait after the first failure; doubles with each further failure
 * @param keepSent how long the record of a sent message (without its text) is kept
 */
@ConfigurationProperties("uptake.notification")
public record NotificationProperties(
    @DefaultValue("uptake@localhost") String from,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("200") int batchSize,
    @DefaultValue("5m") Duration claim,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("1m") Duration retryAfter,
    @DefaultValue("30d") Duration keepSent) {}
