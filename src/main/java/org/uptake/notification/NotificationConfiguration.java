package org.uptake.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the outbox relay at the configured interval. */
@Configuration
@EnableScheduling
class NotificationConfiguration implements SchedulingConfigurer {

  private final OutboxRelay relay;
  private final NotificationProperties properties;

  NotificationConfiguration(OutboxRelay relay, NotificationProperties properties) {
    this.relay = relay;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(relay::run, properties.pollInterval());
  }
}
