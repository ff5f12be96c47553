package org.uptake.usage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves an import's packed events from the temporary tables into {@code usage_event_segment} and
 * updates the daily rollups and unknown users: as packed, with the sums made in Java, when nothing
 * stored can repeat them ({@link #storePacked}); or unpacked and checked against the overlapping
 * stored segments ({@link #storeChecked}). Parameters: organisation, source, import, zone.
 */
final class SegmentImport {

  private static final String DAILY_UPSERT =
      """
      on conflict (organisation_id, source_id, day, user_id, action) do update
        set count = d.count + excluded.count,
            first_use = least(d.first_use, excluded.first_use),
            last_use = greatest(d.last_use, excluded.last_use)""";

  private static final String UNKNOWN_UPSERT =
      """
      on conflict (organisation_id, external_id) do update
        set events = u.events + excluded.events,
            first_seen = least(u.first_seen, excluded.first_seen),
            last_seen = greatest(u.last_seen, excluded.last_seen)""";

  private static final Logger log = LoggerFactory.getLogger(SegmentImport.class);

  private final JdbcClient jdbc;
  private final Map<String, Object> params;
  private long mark = System.nanoTime();

  private static final boolean EXPLAIN = Boolean.getBoolean("uptake.usage.explain");

  SegmentImport(JdbcClient jdbc, Map<String, Object> params) {
    this.jdbc = jdbc;
    this.params = params;
  }

  /** The file is in time order, without repeats, and overlaps no stored segment. */
  void storePacked(boolean daysStored, boolean dailyRepeats, boolean unknownRepeats) {
    update(
        """
            insert into usage_event_segment (organisation_id, source_id, import_id, first_at,
                                             last_at, events, times, keys, user_ids, actions,
                                             unit_codes)
            select :organisation, :source, :import, first_at, last_at, events, times, keys,
                   user_ids, actions, unit_codes
              from usage_segment_incoming
            """);
    lap("segments");
    update(
        """
            insert into usage_daily as d (organisation_id, source_id, user_id, day, action, count,
                                          first_use, last_use)
            """
            + (dailyRepeats
                ? """
                      select :organisation, :source, user_id, day, action, sum(count),
                             %s, %s
                        from usage_daily_incoming
                       group by day, user_id, action
                       order by day, user_id, action
                      """
                    .formatted(timestamp("min(first_use)"), timestamp("max(last_use)"))
                : """
                      select :organisation, :source, user_id, day, action, count, %s, %s
                        from usage_daily_incoming
                      """
                    .formatted(timestamp("first_use"), timestamp("last_use")))
            + (daysStored ? DAILY_UPSERT : ""));
    lap("rollups");
    update(
        """
            insert into usage_unknown_user as u (organisation_id, external_id, events, first_seen,
                                                 last_seen)
            """
            + (unknownRepeats
                ? """
                      select :organisation, user_id, sum(events), %s, %s
                        from usage_unknown_incoming
                       group by user_id
                       order by user_id
                      """
                    .formatted(timestamp("min(first_seen)"), timestamp("max(last_seen)"))
                : """
                      select :organisation, user_id, events, %s, %s
                        from usage_unknown_incoming
                      """
                    .formatted(timestamp("first_seen"), timestamp("last_seen")))
            + UNKNOWN_UPSERT);
    lap("unknown users");
  }

  /**
   * SQL for the timestamp that a number of microseconds since 1970 (UTC) names; whole seconds and
   * the rest apart, so that the product with an interval (a float8 multiplication) stays exact up
   * to the year 9999.
   */
  private static String timestamp(String micros) {
    return "(timestamptz '1970-01-01 00:00:00+00' + (%1$s) / 1000000 * interval '1 second'"
            .formatted(micros)
        + " + (%1$s) %% 1000000 * interval '1 microsecond')".formatted(micros);
  }

  private void lap(String what) {
    long now = System.nanoTime();
    log.debug("{}: {} ms", what, (now - mark) / 1_000_000);
    mark = now;
  }

  /**
   * Runs a statement; with {@code -Duptake.usage.explain=true} (the bench) under {@code EXPLAIN
   * (ANALYZE, BUFFERS)}, logged at DEBUG.
   */
  private void update(String sql) {
    if (EXPLAIN) {
      jdbc.sql("explain (analyze, buffers) " + sql)
          .params(params)
          .query(String.class)
          .list()
          .forEach(line -> log.debug("{}", line));
    } else {
      jdbc.sql(sql).params(params).update();
    }
  }

  /**
   * Any other file: the events are unpacked, repeats within the file removed, the events already
   * stored in the overlapping segments left out, and the rest packed again by the database.
   */
  CopyImport.Stored storeChecked(
      Connection connection, Set<String> known, Timestamp first, Timestamp last) {
    copyKnown(connection, known);
    jdbc.sql(
            """
            insert into usage_incoming
            select e.event_key, e.micros,
                   timestamptz '1970-01-01 00:00:00+00' + e.micros * interval '1 microsecond',
                   e.user_id, e.action, e.unit_code
              from usage_segment_incoming s
             cross join lateral unnest(s.keys, s.times, s.user_ids, s.actions, s.unit_codes)
                     as e(event_key, micros, user_id, action, unit_code)
            """)
        .update();
    lap("unpack");
    jdbc.sql(
            """
            insert into usage_stored
            select e.event_key, e.micros
              from usage_event_segment s
             cross join lateral unnest(s.keys, s.times) as e(event_key, micros)
             where s.organisation_id = :organisation and s.source_id = :source
               and s.first_at between cast(:first as timestamptz) - interval '1 day' and :last
               and s.last_at >= :first
            """)
        .params(params)
        .param("first", first)
        .param("last", last)
        .update();
    lap("stored in range");
    String sql =
        """
        with fresh as materialized (
          select distinct on (micros, event_key) event_key, micros, occurred_at, user_id, action,
                 unit_code
            from usage_incoming i
           where not exists (select 1 from usage_stored s
                              where s.micros = i.micros and s.event_key = i.event_key)
           order by micros, event_key),
        numbered as (
          select f.*, micros / 86400000000 as utc_day,
                 (row_number() over (partition by micros / 86400000000
                                         order by micros, event_key) - 1) / %d as chunk
            from fresh f),
        segments as (
          insert into usage_event_segment (organisation_id, source_id, import_id, first_at,
                                           last_at, events, times, keys, user_ids, actions,
                                           unit_codes)
          select :organisation, :source, :import, min(occurred_at), max(occurred_at), count(*),
                 array_agg(micros order by micros, event_key),
                 array_agg(event_key order by micros, event_key),
                 array_agg(user_id order by micros, event_key),
                 array_agg(action order by micros, event_key),
                 array_agg(unit_code order by micros, event_key)
            from numbered
           group by utc_day, chunk),
        checked as (
          select fresh.*, lower(user_id) not in (select user_id from usage_known) as unknown
            from fresh),
        daily as (
          insert into usage_daily as d (organisation_id, source_id, user_id, day, action, count,
                                        first_use, last_use)
          select :organisation, :source, user_id, (occurred_at at time zone :zone)::date,
                 action, count(*), min(occurred_at), max(occurred_at)
            from fresh
           group by 3, 4, 5
           order by 4, 3, 5
          %s),
        strangers as (
          insert into usage_unknown_user as u (organisation_id, external_id, events, first_seen,
                                               last_seen)
          select :organisation, user_id, count(*), min(occurred_at), max(occurred_at)
            from checked where unknown
           group by user_id
           order by user_id
          %s)
        select count(*) as inserted, count(*) filter (where unknown) as unknown from checked
        """
            .formatted(SegmentCopy.SEGMENT, DAILY_UPSERT, UNKNOWN_UPSERT);
    CopyImport.Stored stored =
        jdbc.sql(sql)
            .params(params)
            .query((rs, n) -> new CopyImport.Stored(rs.getLong("inserted"), rs.getLong("unknown")))
            .single();
    lap("insert and rollups");
    return stored;
  }

  private static void copyKnown(Connection connection, Set<String> known) {
    try (CopyStreams copy = new CopyStreams(connection.unwrap(PGConnection.class))) {
      StringBuilder rows = new StringBuilder();
      for (String id : known) {
        CopyStreams.field(rows, id).append('\n');
        if (rows.length() >= 1 << 16) {
          copy.write(
              "copy usage_known from stdin", rows.toString().getBytes(StandardCharsets.UTF_8));
          rows.setLength(0);
        }
      }
      if (!rows.isEmpty()) {
        copy.write("copy usage_known from stdin", rows.toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot stream the roster into PostgreSQL", e);
    }
  }
}
