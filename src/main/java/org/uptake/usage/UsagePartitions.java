package org.uptake.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps monthly partitions of the raw events ready from last month to a year ahead: when the
 * application starts and, once a day, before an import. Events of other months still land, in the
 * default partition.
 */
@Component
class UsagePartitions {

  static final int MONTHS_AHEAD = 13;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AtomicReference<LocalDate> checked = new AtomicReference<>();

  UsagePartitions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    ensure();
  }

  /** Creates the missing partitions, at most once a day; returns how many it made. */
  int ensure() {
    LocalDate today = LocalDate.now(clock);
    if (today.equals(checked.get())) {
      return 0;
    }
    Integer made =
        jdbc.sql("select uptake_usage_partitions(:from, :months)")
            .param("from", today.withDayOfMonth(1).minusMonths(1))
            .param("months", MONTHS_AHEAD + 1)
            .query(Integer.class)
            .single();
    checked.set(today);
    return made == null ? 0 : made;
  }
}
