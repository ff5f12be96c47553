package org.uptake.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uptake.access.SystemWork;

/**
 * Keeps raw usage events for {@code uptake.usage.retention-months} months (24 unless set): every
 * night the monthly partitions of the event segments that ended before then are dropped whole, and
 * older segments in the default partition (times no monthly partition covered) are deleted,
 * organisation by organisation. The importer refuses events older than that ({@link #keepFrom}).
 * The daily rollups stay: dashboards and follow-ups read only those.
 */
@Component
class RetentionJob {

  /** What one run removed. */
  record Removed(int partitions, long defaultRows) {}

  private final JdbcClient jdbc;
  private final SystemWork systemWork;
  private final Clock clock;
  private final int months;

  RetentionJob(
      JdbcClient jdbc,
      SystemWork systemWork,
      Clock clock,
      @Value("${uptake.usage.retention-months:24}") int months) {
    if (months < 1) {
      throw new IllegalArgumentException("uptake.usage.retention-months must be at least 1");
    }
    this.jdbc = jdbc;
    this.systemWork = systemWork;
    this.clock = clock;
    this.months = months;
  }

  @Scheduled(cron = "${uptake.jobs.usage-retention:0 40 3 * * *}", zone = "Europe/Helsinki")
  void run() {
    purge(LocalDate.now(clock));
  }

  /** The first day (UTC) whose events are kept on {@code today}. */
  LocalDate keepFrom(LocalDate today) {
    return today.minusMonths(months);
  }

  Removed purge(LocalDate today) {
    LocalDate keepFrom = keepFrom(today);
    Integer partitions =
        jdbc.sql("select uptake_usage_drop_partitions(:before)")
            .param("before", keepFrom)
            .query(Integer.class)
            .single();
    AtomicLong rows = new AtomicLong();
    systemWork.forEachOrganisation(
        organisation ->
            rows.addAndGet(
                jdbc.sql("delete from usage_event_segment_default where last_at < :before")
                    .param("before", keepFrom.atStartOfDay().atOffset(ZoneOffset.UTC))
                    .update()));
    return new Removed(partitions == null ? 0 : partitions, rows.get());
  }
}
