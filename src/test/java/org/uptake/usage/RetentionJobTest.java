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
    // The importer refuses events before the retention limit (refusesEventsBeforeTheLimit), so
    // the old ones are stored as if imported while they were still within it.
    storedEarlier(live, user, inOldPartition);
    storedEarlier(live, user, inDefault);
    followUpFixtures.used(live, user, List.of(recent));
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

  @Test
  void refusesEventsBeforeTheLimit() {
    FollowUpFixtures.Live live = followUpFixtures.live(10);
    LocalDate keepFrom = retention.keepFrom(LocalDate.now());
    String user = live.tenant().key() + "-3";
    followUpFixtures.used(
        live, user, List.of(keepFrom.minusDays(2), keepFrom.plusDays(2), LocalDate.now()));

    assertThat(events(live)).containsExactly(keepFrom.plusDays(2), LocalDate.now());
    assertThat(rollups(live)).hasSize(2);
    List<Map<String, Object>> problems =
        systemWork.run(
            live.tenant().id(),
            () ->
                jdbc.sql(
                        "select p.line, p.reason, p.args[1] as kept_from from usage_import_problem p"
                            + " join usage_import i on i.id = p.import_id where i.source_id = ?")
                    .param(live.source().value())
                    .query()
                    .listOfRows());
    assertThat(problems)
        .containsExactly(
            Map.of(
                "line",
                1L,
                "reason",
                UsageProblem.BEFORE_RETENTION,
                "kept_from",
                keepFrom.toString()));
  }

  /** One event and its rollup, written as an import within the retention period would have. */
  private void storedEarlier(FollowUpFixtures.Live live, String user, LocalDate day) {
    java.time.OffsetDateTime at =
        day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/Helsinki")).toOffsetDateTime();
    long micros = at.toInstant().getEpochSecond() * 1_000_000L;
    systemWork.run(
        live.tenant().id(),
        () -> {
          jdbc.sql(
                  """
                  insert into usage_event_segment (organisation_id, source_id, import_id, first_at,
                         last_at, events, times, keys, user_ids, actions, unit_codes)
                  values (:organisation, :source, gen_random_uuid(), :at, :at, 1, array[:micros],
                          array[gen_random_uuid()], array[:user], array['open-inbox'],
                          array[null::text])
                  """)
              .param("organisation", live.tenant().id().value())
              .param("source", live.source().value())
              .param("at", at)
              .param("micros", micros)
              .param("user", user)
              .update();
          jdbc.sql(
                  """
                  insert into usage_daily (organisation_id, source_id, user_id, day, action, count,
                                           first_use, last_use)
                  values (:organisation, :source, :user, :day, 'open-inbox', 1, :at, :at)
                  """)
              .param("organisation", live.tenant().id().value())
              .param("source", live.source().value())
              .param("user", user)
              .param("day", day)
              .param("at", at)
              .update();
        });
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
