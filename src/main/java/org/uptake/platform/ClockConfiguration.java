package org.uptake.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the application, in the zone of the organisations it serves, so tests can set the
 * date.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/Helsinki"));
  }
}
