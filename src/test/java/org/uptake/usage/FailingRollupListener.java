package org.uptake.usage;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fails an import after every other listener has written, when armed: what a crash or a lost
 * connection at the end of an import does. Looks at the dashboard's summaries first, to show they
 * had been written in the transaction that is then rolled back. Does nothing unless armed.
 */
@Component
@Profile("test")
@Order(Ordered.LOWEST_PRECEDENCE)
public class FailingRollupListener implements RollupListener {

  final AtomicBoolean armed = new AtomicBoolean();
  final AtomicReference<String> seen = new AtomicReference<>();
  private final JdbcClient jdbc;

  FailingRollupListener(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void rollupsChanged(
      UUID organisation,
      UsageSource source,
      LocalDate firstDay,
      LocalDate lastDay,
      Set<String> userKeys) {
    if (armed.getAndSet(false)) {
      seen.set(jdbc.sql(AdoptionSummariesTest.SUMMARIES).query(String.class).single());
      throw new IllegalStateException("the connection was lost");
    }
  }
}
