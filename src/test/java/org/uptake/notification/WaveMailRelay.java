package org.uptake.notification;

import org.springframework.boot.test.context.TestComponent;

/** Lets the survey wave tests send what the outbox holds now, as the relay would. */
@TestComponent
public class WaveMailRelay {

  private final OutboxRelay relay;

  WaveMailRelay(OutboxRelay relay) {
    this.relay = relay;
  }

  public int run() {
    return relay.run();
  }
}
