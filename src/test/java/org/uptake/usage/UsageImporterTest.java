package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.platform.TenantContext;

/** The import pipeline on the real database, running as the application role under RLS. */
@UptakeTest
class UsageImporterTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired UsageSources sources;
  @Autowired UsageImporter importer;
  @Autowired DataSource dataSource;

  record Setup(Fixtures.Tenant tenant, String source) {}

  private Setup setup(UsageFormat format) {
    return setup(
        format, new CsvMapping("time", "user", "action", null, null, TimeFormat.ISO_OFFSET, ','));
  }

  private Setup setup(UsageFormat format, CsvMapping mapping) {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    String name = format == UsageFormat.CSV ? "ehr-csv" : "ehr-json";
    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> sources.create(plan.id(), name, format, mapping, ZoneId.of("Europe/Helsinki")));
    return new Setup(tenant, name);
  }

  private ImportReport importCsv(Setup setup, String content) {
    return fixtures.as(
        setup.tenant(),
        Role.ADMIN,
        () ->
            importer.importFile(
                setup.source(),
                "usage.csv",
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                ImportChannel.UPLOAD,
                n -> {}));
  }

  private <T> T query(Setup setup, String sql, Class<T> type) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    return TenantContext.runAs(setup.tenant().id(), () -> jdbc.sql(sql).query(type).single());
  }

  private Map<String, Object> tables(Setup setup) {
    return Map.of(
        "events", query(setup, "select count(*) from usage_event", Long.class),
        "daily",
            query(
                setup,
                "select coalesce(string_agg(user_id || day || action || count || first_use || last_use,"
                    + " ';' order by user_id, day, action), '') from usage_daily",
                String.class),
        "unknown",
            query(
                setup,
                "select coalesce(string_agg(external_id || ':' || events, ';' order by external_id), '')"
                    + " from usage_unknown_user",
                String.class));
  }

  @Test
  void theSameFileTwiceChangesNothingAndAnOverlappingFileAddsOnlyTheNewEvents() {
    Setup setup = setup(UsageFormat.CSV);
    String nurse = setup.tenant().key() + "-1";
    String first =
        "time,user,action\n"
            + "2026-03-02T08:00:00+02:00,"
            + nurse
            + ",open\n"
            + "2026-03-02T09:00:00+02:00,"
            + nurse
            + ",open\n"
            + "2026-03-03T10:00:00+02:00,stranger-7,message\n";
    ImportReport report = importCsv(setup, first);
    assertThat(report.events()).isEqualTo(3);
    assertThat(report.inserted()).isEqualTo(3);
    assertThat(report.unknownUserEvents()).isEqualTo(1);
    Map<String, Object> after = tables(setup);

    ImportReport again = importCsv(setup, first);
    assertThat(again.inserted()).isZero();
    assertThat(again.duplicates()).isEqualTo(3);
    assertThat(tables(setup)).isEqualTo(after);

    String overlap =
        "time,user,action\n"
            + "2026-03-02T09:00:00+02:00,"
            + nurse
            + ",open\n"
            + "2026-03-02T23:30:00+02:00,"
            + nurse
            + ",open\n";
    ImportReport more = importCsv(setup, overlap);
    assertThat(more.inserted()).isEqualTo(1);
    assertThat(more.duplicates()).isEqualTo(1);
    assertThat(query(setup, "select count(*) from usage_event", Long.class)).isEqualTo(4);
    assertThat(
            query(
                setup,
                "select count || ' ' || to_char(first_use at time zone 'UTC', 'HH24:MI') || ' '"
                    + " || to_char(last_use at time zone 'UTC', 'HH24:MI') from usage_daily"
                    + " where user_id = '"
                    + nurse
                    + "'",
                String.class))
        .isEqualTo("3 06:00 21:30");
    assertThat(tables(setup).get("unknown")).isEqualTo("stranger-7:1");
  }

  @Test
  void malformedLinesAreReportedWithTheirLineAndTheValidOnesAreCommittedTogether() {
    Setup setup = setup(UsageFormat.CSV);
    String nurse = setup.tenant().key() + "-1";
    ImportReport report =
        importCsv(
            setup,
            "time,user,action\n"
                + "2026-03-02T08:00:00+02:00,"
                + nurse
                + ",open\n"
                + "yesterday,"
                + nurse
                + ",open\n"
                + "\n"
                + "2026-03-02T08:05:00+02:00,,open\n"
                + "2026-03-02T08:06:00+02:00,"
                + nurse
                + ",\"unclosed\n"
                + "2026-03-02T08:07:00+02:00,"
                + nurse
                + ",close\n");
    assertThat(report.events()).isEqualTo(2);
    assertThat(report.inserted()).isEqualTo(2);
    assertThat(report.malformed()).isEqualTo(3);
    assertThat(report.problems())
        .extracting(UsageProblem::line, UsageProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, UsageProblem.BAD_TIME),
            org.assertj.core.groups.Tuple.tuple(5L, UsageProblem.MISSING_FIELD),
            org.assertj.core.groups.Tuple.tuple(6L, UsageProblem.BAD_QUOTES));
    assertThat(
            query(
                setup,
                "select string_agg(line || ':' || reason || ':' || array_to_string(args, '|'), ';'"
                    + " order by ordinal) from usage_import_problem",
                String.class))
        .isEqualTo(
            "3:usage.error.bad-time:yesterday;5:usage.error.missing-field:user;6:usage.error.bad-quotes:");
    assertThat(
            query(
                setup,
                "select lines || '/' || inserted || '/' || malformed from usage_import",
                String.class))
        .isEqualTo("7/2/3");
  }

  @Test
  void gzipAndNdjsonGoThroughTheSamePipelineAndStreamsCommitInNumberedBatches() throws IOException {
    Setup setup = setup(UsageFormat.NDJSON);
    String nurse = setup.tenant().key() + "-1";
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      body.append(
          i == 7
              ? "{not json\n"
              : "{\"time\":\"2026-03-0"
                  + (1 + i % 5)
                  + "T10:00:00Z\",\"user\":\""
                  + nurse
                  + "\",\"action\":\"a"
                  + i
                  + "\"}\n");
    }
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
    ImportReport file =
        fixtures.as(
            setup.tenant(),
            Role.ADMIN,
            () ->
                importer.importFile(
                    setup.source(),
                    "usage.ndjson.gz",
                    new ByteArrayInputStream(zipped.toByteArray()),
                    ImportChannel.CLI,
                    n -> {}));
    assertThat(file.inserted()).isEqualTo(24);
    assertThat(file.problems()).extracting(UsageProblem::line).containsExactly(8L);

    String extra =
        body + "{\"time\":\"2026-03-09T10:00:00Z\",\"user\":\"" + nurse + "\",\"action\":\"new\"}";
    List<ImportReport> batches = new ArrayList<>();
    fixtures.as(
        setup.tenant(),
        Role.ADMIN,
        () ->
            importer.importStream(
                setup.source(),
                new ByteArrayInputStream(extra.getBytes(StandardCharsets.UTF_8)),
                10,
                batches::add));
    assertThat(batches)
        .extracting(ImportReport::batch, ImportReport::firstLine, ImportReport::lastLine)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 1L, 10L),
            org.assertj.core.groups.Tuple.tuple(2, 11L, 20L),
            org.assertj.core.groups.Tuple.tuple(3, 21L, 26L));
    assertThat(batches).extracting(ImportReport::inserted).containsExactly(0L, 0L, 1L);
    assertThat(batches.getFirst().problems()).extracting(UsageProblem::line).containsExactly(8L);
    assertThat(query(setup, "select count(*) from usage_event", Long.class)).isEqualTo(25);
  }

  @Test
  void rollupsEqualARecomputationFromTheRawRowsAfterManyOverlappingImports() {
    Setup setup = setup(UsageFormat.CSV, CsvMapping.standard());
    Random random = new Random(42);
    Instant start = Instant.parse("2026-01-30T20:00:00Z");
    for (int file = 0; file < 5; file++) {
      StringBuilder csv = new StringBuilder("time,user,action,unit,id\n");
      for (int i = 0; i < 400; i++) {
        Instant at = start.plusSeconds(random.nextInt(40 * 24 * 3600));
        String id = random.nextInt(4) == 0 ? "e" + random.nextInt(300) : "";
        csv.append(at)
            .append(",u")
            .append(random.nextInt(12))
            .append(",f")
            .append(random.nextInt(3))
            .append(",,")
            .append(id)
            .append('\n');
      }
      importCsv(setup, csv.toString());
    }
    String recomputed =
        """
        select coalesce(string_agg(user_id || day || action || n || f || l, ';'
                                   order by user_id, day, action), '')
          from (select user_id, (occurred_at at time zone 'Europe/Helsinki')::date as day, action,
                       count(*) as n, min(occurred_at) as f, max(occurred_at) as l
                  from usage_event group by 1, 2, 3) r
        """;
    assertThat(query(setup, recomputed, String.class)).isEqualTo(tables(setup).get("daily"));
    assertThat(
            query(
                setup,
                "select count(distinct tableoid) > 1 from usage_event_segment",
                Boolean.class))
        .as("events spread over monthly partitions")
        .isTrue();
  }

  @Test
  void onlyAdminsImportAndAnotherOrganisationSeesNothing() {
    Setup setup = setup(UsageFormat.CSV);
    importCsv(setup, "time,user,action\n2026-03-02T08:00:00+02:00,x,open\n");
    assertThatThrownBy(
            () ->
                fixtures.as(
                    setup.tenant(),
                    Role.MANAGER,
                    () ->
                        importer.importFile(
                            setup.source(),
                            "f.csv",
                            new ByteArrayInputStream(new byte[0]),
                            ImportChannel.UPLOAD,
                            n -> {})))
        .isInstanceOf(AccessDeniedException.class);
    Setup other = setup(UsageFormat.CSV);
    assertThat(query(other, "select count(*) from usage_event", Long.class)).isZero();
    assertThat(query(other, "select count(*) from usage_daily", Long.class)).isZero();
    assertThat(query(setup, "select count(*) from usage_event", Long.class)).isEqualTo(1);
  }
}
