package org.uptake.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.uptake.access.AccountId;
import org.uptake.access.CurrentUser;
import org.uptake.platform.TenantContext;

/**
 * One import inside the caller's transaction: the parser streams events through COPY into a
 * temporary table; one statement then inserts the new ones, updates the daily rollups and the
 * unknown users from exactly the rows it inserted, and the import and its first problems are
 * recorded. Nothing is committed here, so a failure or a killed process leaves nothing.
 */
final class CopyImport {

  private static final Logger log = LoggerFactory.getLogger(CopyImport.class);

  /** Most problems stored and reported per import; all are counted. */
  static final int MAX_PROBLEMS = 1_000;

  /** Progress is reported after every this many lines with an event or a problem. */
  static final int PROGRESS_EVERY = 10_000;

  private static final boolean EXPLAIN = Boolean.getBoolean("uptake.usage.explain");

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final List<RollupListener> listeners;

  CopyImport(DataSource dataSource, JdbcClient jdbc, Clock clock, List<RollupListener> listeners) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
  }

  /** What to read and how to label it. */
  record Input(
      UsageSource source,
      String fileName,
      ImportChannel channel,
      @Nullable Integer batch,
      long firstLine,
      InputStream content,
      UsageFormat format) {}

  ImportReport run(Input input, Collection<String> knownIds, LongConsumer progress) {
    Instant started = clock.instant();
    UUID organisation = TenantContext.require().value();
    UUID importId = UUID.randomUUID();
    prepare(knownIds);
    List<UsageProblem> problems = new ArrayList<>();
    long[] seen = {0, 0};
    Consumer<UsageProblem> problemSink =
        problem -> {
          seen[0]++;
          if (problems.size() < MAX_PROBLEMS) {
            problems.add(shift(problem, input.firstLine()));
          }
          tick(seen, progress);
        };
    ParseCounts counts;
    EventCopy events;
    try (PGCopyOutputStream copy =
        new PGCopyOutputStream(
            connection().unwrap(PGConnection.class),
            "copy usage_incoming (event_key, occurred_at, user_id, action, unit_code) from stdin",
            1 << 16)) {
      events = new EventCopy(copy);
      EventCopy writer = events;
      Consumer<UsageEvent> eventSink =
          event -> {
            writer.accept(event);
            tick(seen, progress);
          };
      String name = input.source().name();
      counts =
          switch (input.format()) {
            case NDJSON -> NdjsonUsageParser.parse(input.content(), name, eventSink, problemSink);
            case FHIR_AUDIT_EVENT ->
                AuditEventUsageParser.parse(input.content(), name, eventSink, problemSink);
            case CSV ->
                CsvUsageParser.parse(
                    input.content(),
                    name,
                    java.util.Objects.requireNonNull(input.source().mapping()),
                    eventSink,
                    problemSink);
          };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot stream events into PostgreSQL", e);
    }
    progress.accept(counts.lines());
    long copied = System.nanoTime();
    Stored stored = store(organisation, importId, input.source(), events);
    if (stored.inserted() > 0) {
      java.time.ZoneId zone = input.source().zone();
      java.time.LocalDate firstDay =
          java.util.Objects.requireNonNull(events.first()).atZone(zone).toLocalDate();
      java.time.LocalDate lastDay =
          java.util.Objects.requireNonNull(events.last()).atZone(zone).toLocalDate();
      for (RollupListener listener : listeners) {
        listener.rollupsChanged(organisation, input.source(), firstDay, lastDay);
      }
    }
    Instant finished = clock.instant();
    if (log.isDebugEnabled()) {
      log.debug(
          "Usage import {}: parse and COPY {} ms, insert and rollups {} ms",
          importId,
          Duration.between(started, clock.instant()).toMillis()
              - (System.nanoTime() - copied) / 1_000_000,
          (System.nanoTime() - copied) / 1_000_000);
    }
    record(organisation, importId, input, counts, stored, problems, started, finished);
    // Dropped now, not only at commit, so that several imports can share one transaction (demo
    // data).
    jdbc.sql("drop table usage_incoming, usage_known").update();
    return new ImportReport(
        new UsageImportId(importId),
        input.source().name(),
        input.fileName(),
        input.batch(),
        input.firstLine(),
        counts.lines(),
        counts.events(),
        stored.inserted(),
        counts.events() - stored.inserted(),
        counts.problems(),
        stored.unknown(),
        problems,
        started,
        finished);
  }

  private static void tick(long[] seen, LongConsumer progress) {
    if (++seen[1] % PROGRESS_EVERY == 0) {
      progress.accept(seen[1]);
    }
  }

  private static UsageProblem shift(UsageProblem problem, long firstLine) {
    if (firstLine == 1 || problem.line() == 0) {
      return problem;
    }
    return new UsageProblem(problem.line() + firstLine - 1, problem.reason(), problem.args());
  }

  private Connection connection() {
    return DataSourceUtils.getConnection(dataSource);
  }

  private void prepare(Collection<String> knownIds) {
    jdbc.sql(
            """
            create temp table usage_incoming (event_key uuid, occurred_at timestamptz,
              user_id text, action text, unit_code text) on commit drop
            """)
        .update();
    jdbc.sql("create temp table usage_known (user_id text) on commit drop").update();
    try (PGCopyOutputStream copy =
        new PGCopyOutputStream(
            connection().unwrap(PGConnection.class), "copy usage_known from stdin", 1 << 16)) {
      StringBuilder row = new StringBuilder();
      for (String id : knownIds) {
        row.setLength(0);
        for (char c : id.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
          switch (c) {
            case '\\' -> row.append("\\\\");
            case '\t' -> row.append("\\t");
            case '\n' -> row.append("\\n");
            case '\r' -> row.append("\\r");
            default -> row.append(c);
          }
        }
        copy.write(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot stream the roster into PostgreSQL", e);
    }
    jdbc.sql("insert into usage_known select lower(external_id) from usage_user_map").update();
  }

  record Stored(long inserted, long unknown) {}

  /**
   * Inserts the new events and rolls up exactly those. Imports of one source take turns (an
   * advisory lock until commit), so what this transaction finds stored in the file's time range
   * stays true until it commits. That lets the common case, a night's file in time order that
   * overlaps nothing stored, go in as a plain insert: no per-row conflict check, no sort. The
   * primary key still refuses a duplicate, should one ever slip through, by failing the import.
   */
  private Stored store(UUID organisation, UUID importId, UsageSource source, EventCopy events) {
    if (events.rows() == 0) {
      return new Stored(0, 0);
    }
    UUID sourceId = source.id().value();
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended('uptake.usage:' || :source, 0))")
        .param("source", sourceId.toString())
        .query((rs, n) -> 1)
        .list();
    java.sql.Timestamp first =
        java.sql.Timestamp.from(java.util.Objects.requireNonNull(events.first()));
    java.sql.Timestamp last =
        java.sql.Timestamp.from(java.util.Objects.requireNonNull(events.last()));
    boolean eventsStored =
        jdbc.sql(
                """
                select exists (select 1 from usage_event
                                where organisation_id = :organisation and source_id = :source
                                  and occurred_at between :first and :last)
                """)
            .param("organisation", organisation)
            .param("source", sourceId)
            .param("first", first)
            .param("last", last)
            .query(Boolean.class)
            .single();
    boolean daysStored =
        jdbc.sql(
                """
                select exists (select 1 from usage_daily
                                where organisation_id = :organisation and source_id = :source
                                  and day between (cast(:first as timestamptz) at time zone :zone)::date
                                              and (cast(:last as timestamptz) at time zone :zone)::date)
                """)
            .param("organisation", organisation)
            .param("source", sourceId)
            .param("first", first)
            .param("last", last)
            .param("zone", source.zone().getId())
            .query(Boolean.class)
            .single();
    String pick =
        events.withoutRepeats()
            ? "select event_key, occurred_at, user_id, action, unit_code from usage_incoming i"
            : """
              select distinct on (occurred_at, event_key) event_key, occurred_at, user_id, action,
                     unit_code
                from usage_incoming i""";
    String notStored =
        eventsStored
            ? """
               where not exists (select 1 from usage_event e
                                  where e.organisation_id = :organisation and e.source_id = :source
                                    and e.occurred_at = i.occurred_at and e.event_key = i.event_key)"""
            : "";
    String order = events.withoutRepeats() ? "" : " order by occurred_at, event_key";
    String rollUp =
        daysStored
            ? """
              on conflict (organisation_id, source_id, day, user_id, action) do update
                set count = d.count + excluded.count,
                    first_use = least(d.first_use, excluded.first_use),
                    last_use = greatest(d.last_use, excluded.last_use)"""
            : "";
    // For this transaction only: the inserted rows (read three times), their grouping into rollups
    // and, for a file out of time order, the sort that removes repeats stay in memory instead of
    // spilling to temporary files for a file of a few million events.
    jdbc.sql("set local work_mem = '256MB'").update();
    String sql =
        """
            with fresh as (
              insert into usage_event (organisation_id, source_id, event_key, occurred_at, user_id,
                                       action, unit_code, import_id)
              select :organisation, :source, event_key, occurred_at, user_id, action, unit_code,
                     :import
                from (%s
                      %s
                      %s) picked
              returning user_id, action, occurred_at),
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
              %s),
            strangers as (
              insert into usage_unknown_user as u (organisation_id, external_id, events, first_seen,
                                                   last_seen)
              select :organisation, user_id, count(*), min(occurred_at), max(occurred_at)
                from checked where unknown
               group by user_id
              on conflict (organisation_id, external_id) do update
                set events = u.events + excluded.events,
                    first_seen = least(u.first_seen, excluded.first_seen),
                    last_seen = greatest(u.last_seen, excluded.last_seen))
            select count(*) as inserted, count(*) filter (where unknown) as unknown from checked
            """
            .formatted(pick, notStored, order, rollUp);
    if (EXPLAIN) {
      // bench/usage-ingest.sh -Duptake.usage.explain=true: where the statement spends its time
      jdbc.sql("explain (analyze, buffers) " + sql)
          .params(storeParams(organisation, sourceId, importId, source))
          .query(String.class)
          .list()
          .forEach(line -> log.debug("{}", line));
      return jdbc.sql(
              """
              select count(*) as inserted,
                     count(*) filter (where lower(user_id) not in (select user_id from usage_known))
                       as unknown
                from usage_event where organisation_id = :organisation and source_id = :source
                 and import_id = :import
              """)
          .params(storeParams(organisation, sourceId, importId, source))
          .query((rs, n) -> new Stored(rs.getLong("inserted"), rs.getLong("unknown")))
          .single();
    }
    return jdbc.sql(sql)
        .params(storeParams(organisation, sourceId, importId, source))
        .query((rs, n) -> new Stored(rs.getLong("inserted"), rs.getLong("unknown")))
        .single();
  }

  private static java.util.Map<String, Object> storeParams(
      UUID organisation, UUID sourceId, UUID importId, UsageSource source) {
    return java.util.Map.of(
        "organisation", organisation,
        "source", sourceId,
        "import", importId,
        "zone", source.zone().getId());
  }

  private void record(
      UUID organisation,
      UUID importId,
      Input input,
      ParseCounts counts,
      Stored stored,
      List<UsageProblem> problems,
      Instant started,
      Instant finished) {
    jdbc.sql(
            """
            insert into usage_import (id, organisation_id, source_id, channel, file_name, batch,
                   first_line, lines, events, inserted, duplicates, malformed, unknown_user_events,
                   started_at, finished_at, created_by)
            values (:id, :organisation, :source, :channel, :fileName, :batch, :firstLine, :lines,
                    :events, :inserted, :duplicates, :malformed, :unknown, :started, :finished,
                    :actor)
            """)
        .param("id", importId)
        .param("organisation", organisation)
        .param("source", input.source().id().value())
        .param("channel", input.channel().name())
        .param("fileName", input.fileName())
        .param("batch", input.batch())
        .param("firstLine", input.firstLine())
        .param("lines", counts.lines())
        .param("events", counts.events())
        .param("inserted", stored.inserted())
        .param("duplicates", counts.events() - stored.inserted())
        .param("malformed", counts.problems())
        .param("unknown", stored.unknown())
        .param("started", java.sql.Timestamp.from(started))
        .param("finished", java.sql.Timestamp.from(finished))
        .param("actor", CurrentUser.accountId().map(AccountId::value).orElse(null))
        .update();
    int ordinal = 0;
    for (UsageProblem problem : problems) {
      jdbc.sql(
              """
              insert into usage_import_problem (organisation_id, import_id, ordinal, line, reason, args)
              values (:organisation, :import, :ordinal, :line, :reason,
                      string_to_array(:args, chr(31)))
              """)
          .param("organisation", organisation)
          .param("import", importId)
          .param("ordinal", ordinal++)
          .param("line", problem.line())
          .param("reason", problem.reason())
          .param("args", String.join("\u001f", problem.args()))
          .update();
    }
  }
}
