package org.uptake.notification;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Lets the survey wave tests send what the outbox holds now, as the relay would. */
@Component
@Profile("test")
public class WaveMailRelay {

  private final OutboxRelay relay;

  WaveMailRelay(OutboxRelay relay) {
    this.relay = relay;
  }

  public int run() {
    return relay.run();
  }
}
