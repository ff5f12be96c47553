package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.UptakeTest;
import org.uptake.access.SystemWork;

/**
 * Raw events older than the retention period go (whole monthly partitions, and rows of the default
 * partition), while the daily rollups that dashboards and follow-ups read stay as they were.
 */
@UptakeTest
class RetentionJobTest {

  @Autowired FollowUpFixtures followUpFixtures;
  @Autowired RetentionJob retention;
  @Autowired SystemWork systemWork;
  @Autowired JdbcClient jdbc;

  @Test
  void oldRawEventsAreDroppedAndTheRollupsStay() {
    FollowUpFixtures.Live live = followUpFixtures.live(10);
    LocalDate today = live.goLive().plusDays(10);
    LocalDate keepFrom = retention.keepFrom(today);
    assertThat(keepFrom).isEqualTo(today.minusMonths(24));
    LocalDate inOldPartition = today.minusMonths(30).withDayOfMonth(10);
    LocalDate inDefault = LocalDate.of(2001, 5, 5);
    LocalDate recent = today.minusDays(3);
    String partition =
        "usage_event_segment_" + inOldPartition.format(DateTimeFormatter.ofPattern("yyyy_MM"));
    String user = live.tenant().key() + "-2";
    followUpFixtures.used(live, user, List.of(inOldPartition, inDefault, recent));
    assertThat(exists(partition)).isTrue();
    List<Map<String, Object>> rollupsBefore = rollups(live);
    assertThat(rollupsBefore).hasSize(3);
    assertThat(events(live)).hasSize(3);

    RetentionJob.Removed removed = retention.purge(today);

    assertThat(removed.partitions()).isPositive();
    assertThat(removed.defaultRows()).isPositive();
    assertThat(exists(partition)).isFalse();
    assertThat(events(live)).containsExactly(recent);
    assertThat(rollups(live)).isEqualTo(rollupsBefore);
    // a second run finds nothing more to remove of this organisation
    retention.purge(today);
    assertThat(events(live)).containsExactly(recent);
  }

  private boolean exists(String table) {
    return jdbc.sql("select to_regclass(?) is not null").param(table).query(Boolean.class).single();
  }

  private List<LocalDate> events(FollowUpFixtures.Live live) {
    return systemWork.run(
        live.tenant().id(),
        () ->
            jdbc.sql(
                    "select (occurred_at at time zone 'Europe/Helsinki')::date from usage_event"
                        + " where source_id = ? order by 1")
                .param(live.source().value())
                .query(LocalDate.class)
                .list());
  }

  private List<Map<String, Object>> rollups(FollowUpFixtures.Live live) {
    return systemWork.run(
        live.tenant().id(),
        () ->
            jdbc.sql(
                    "select user_id, day, action, count, first_use, last_use from usage_daily"
                        + " where source_id = ? order by day")
                .param(live.source().value())
                .query()
                .listOfRows());
  }
}
