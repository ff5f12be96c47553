package org.uptake.usage;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.uptake.access.AccountId;
import org.uptake.access.CurrentUser;
import org.uptake.platform.TenantContext;

/**
 * One import inside the caller's transaction: the parser streams events, packed into segments
 * ({@link SegmentCopy}), through COPY into a temporary table, with the rollups and unknown users
 * summed on the way ({@link RollupSums}); then the new events are stored as segments, the daily
 * rollups and the unknown users are updated from exactly those ({@link SegmentImport}), and the
 * import and its first problems are recorded. Nothing is committed here, so a failure or a killed
 * process leaves nothing.
 */
final class CopyImport {

  private static final Logger log = LoggerFactory.getLogger(CopyImport.class);

  /** Most problems stored and reported per import; all are counted. */
  static final int MAX_PROBLEMS = 1_000;

  /** Progress is reported after every this many lines with an event or a problem. */
  static final int PROGRESS_EVERY = 10_000;

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
      UsageFormat format,
      Instant notBefore) {}

  ImportReport run(Input input, Collection<String> knownIds, LongConsumer progress) {
    Instant started = clock.instant();
    UUID organisation = TenantContext.require().value();
    UUID importId = UUID.randomUUID();
    Set<String> known = prepare(knownIds);
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
    Set<String> knownInFile = new HashSet<>();
    ParseCounts counts;
    SegmentCopy events;
    RollupSums sums;
    long writing;
    long handing;
    long waiting;
    long packingCpu;
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long parsingCpu = threads.getCurrentThreadCpuTime();
    try (CopyStreams copies = new CopyStreams(connection().unwrap(PGConnection.class))) {
      sums = new RollupSums(copies, input.source().zone(), known);
      events = new SegmentCopy(copies, sums);
      String name = input.source().name();
      try (PackingThread packing = new PackingThread(events)) {
        // on this thread, which waits for the packing thread anyway: who of the roster the file
        // names, so that the listeners need not match the whole roster against the rollups
        Consumer<UsageEvent> eventSink =
            event -> {
              String key = event.userId().toLowerCase(Locale.ROOT);
              if (known.contains(key)) {
                knownInFile.add(key);
              }
              packing.accept(event);
              tick(seen, progress);
            };
        counts =
            switch (input.format()) {
              case NDJSON ->
                  NdjsonUsageParser.parse(
                      input.content(), name, input.notBefore(), eventSink, problemSink);
              case FHIR_AUDIT_EVENT ->
                  AuditEventUsageParser.parse(
                      input.content(), name, input.notBefore(), eventSink, problemSink);
              case CSV ->
                  CsvUsageParser.parse(
                      input.content(),
                      name,
                      java.util.Objects.requireNonNull(input.source().mapping()),
                      input.notBefore(),
                      eventSink,
                      problemSink);
            };
        packing.finish();
        handing = packing.handingMillis();
        waiting = packing.waitingMillis();
        packingCpu = packing.cpuMillis();
      }
      parsingCpu = (threads.getCurrentThreadCpuTime() - parsingCpu) / 1_000_000;
      events.finish();
      sums.finish();
      copies.finish();
      writing = copies.writingMillis();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot stream events into PostgreSQL", e);
    }
    progress.accept(counts.lines());
    long copied = System.nanoTime();
    Stored stored = store(organisation, importId, input.source(), events, sums, known);
    long listening = System.nanoTime();
    if (stored.inserted() > 0) {
      java.time.ZoneId zone = input.source().zone();
      java.time.LocalDate firstDay =
          java.util.Objects.requireNonNull(events.first()).atZone(zone).toLocalDate();
      java.time.LocalDate lastDay =
          java.util.Objects.requireNonNull(events.last()).atZone(zone).toLocalDate();
      Set<String> userKeys = java.util.Collections.unmodifiableSet(knownInFile);
      for (RollupListener listener : listeners) {
        listener.rollupsChanged(organisation, input.source(), firstDay, lastDay, userKeys);
      }
    }
    Instant finished = clock.instant();
    if (log.isDebugEnabled()) {
      long now = System.nanoTime();
      log.debug(
          "Usage import {}: parse and COPY {} ms (parsing thread {} ms CPU, waited {} ms for room;"
              + " packing thread {} ms CPU, waited {} ms for events; {} ms writing COPY), insert and"
              + " rollups {} ms, rollup listeners {} ms",
          importId,
          Duration.between(started, finished).toMillis() - (now - copied) / 1_000_000,
          parsingCpu,
          handing,
          packingCpu,
          waiting,
          writing,
          (listening - copied) / 1_000_000,
          (now - listening) / 1_000_000);
    }
    record(organisation, importId, input, counts, stored, problems, started, finished);
    // Dropped now, not only at commit, so that several imports can share one transaction (demo
    // data).
    jdbc.sql(
            "drop table usage_segment_incoming, usage_daily_incoming, usage_unknown_incoming,"
                + " usage_incoming, usage_stored, usage_known")
        .update();
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

  /** Creates the temporary tables; returns the lower-case ids that are not unknown users. */
  private Set<String> prepare(Collection<String> knownIds) {
    for (String table :
        List.of(
            """
            usage_segment_incoming (first_at timestamptz, last_at timestamptz, events int,
              times bigint[], keys uuid[], user_ids text[], actions text[], unit_codes text[])""",
            """
            usage_daily_incoming (user_id text, day date, action text, count bigint,
              first_use bigint, last_use bigint)""",
            """
            usage_unknown_incoming (user_id text, events bigint, first_seen bigint,
              last_seen bigint)""",
            """
            usage_incoming (event_key uuid, micros bigint, occurred_at timestamptz, user_id text,
              action text, unit_code text)""",
            "usage_stored (event_key uuid, micros bigint)",
            "usage_known (user_id text)")) {
      jdbc.sql("create temp table " + table + " on commit drop").update();
    }
    Set<String> known = new HashSet<>();
    for (String id : knownIds) {
      known.add(id.toLowerCase(Locale.ROOT));
    }
    known.addAll(
        jdbc.sql("select lower(external_id) from usage_user_map").query(String.class).list());
    return known;
  }

  record Stored(long inserted, long unknown) {}

  /**
   * Stores the new events and rolls up exactly those. Imports of one source take turns (an advisory
   * lock until commit), so what this transaction finds stored in the file's time range stays true
   * until it commits. That lets the common case, a night's file in time order that overlaps no
   * stored segment, go in as it was packed: the segments are copied over and the rollups summed in
   * Java are added in one grouped upsert. Otherwise ({@link SegmentImport#storeChecked}) the events
   * are unpacked and checked against the stored events of the overlapping segments in the database.
   */
  private Stored store(
      UUID organisation,
      UUID importId,
      UsageSource source,
      SegmentCopy events,
      RollupSums sums,
      Set<String> known) {
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
                select exists (select 1 from usage_event_segment
                                where organisation_id = :organisation and source_id = :source
                                  and first_at between cast(:first as timestamptz) - interval '1 day'
                                                   and :last
                                  and last_at >= :first)
                """)
            .param("organisation", organisation)
            .param("source", sourceId)
            .param("first", first)
            .param("last", last)
            .query(Boolean.class)
            .single();
    // For this transaction only: groupings and sorts stay in memory instead of spilling to
    // temporary files for a file of a few million events.
    jdbc.sql("set local work_mem = '256MB'").update();
    Map<String, Object> params = storeParams(organisation, sourceId, importId, source);
    SegmentImport store = new SegmentImport(jdbc, params);
    if (eventsStored || !events.withoutRepeats() || sums.abandoned()) {
      return store.storeChecked(connection(), known, first, last);
    }
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
    store.storePacked(daysStored, sums.dailyRepeats(), sums.unknownRepeats());
    return new Stored(events.rows(), sums.unknownEvents());
  }

  private static Map<String, Object> storeParams(
      UUID organisation, UUID sourceId, UUID importId, UsageSource source) {
    return Map.of(
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
