package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.platform.TenantContext;

/**
 * The dashboard's summaries ({@code usage_person_day}) follow the imports and the id map: they
 * equal a recomputation from {@code usage_daily} after every step, and steps that add nothing write
 * nothing.
 */
@UptakeTest
class AdoptionSummariesTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired UsageSources sources;
  @Autowired UsageImporter importer;
  @Autowired UsageImports imports;
  @Autowired DataSource dataSource;
  @Autowired FailingRollupListener failing;
  @Autowired AdoptionSums sums;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  static final String SUMMARIES =
      """
      select coalesce(string_agg(s.employee_number || '@' || p.day || '=' || array_to_string(p.actions, '|'),
                                 ';' order by s.employee_number, p.day), '')
        from usage_person_day p join staff s on s.id = p.staff_id
      """;

  /** What the summaries should hold, recomputed from the rollups the slow way. */
  private static final String RECOMPUTED =
      """
      with keys as (
        select id as staff_id, lower(employee_number) as user_key from staff
        union select staff_id, lower(external_id) from usage_user_map
      ),
      days as (
        select k.staff_id, d.day, array_agg(distinct d.action order by d.action) as actions
          from usage_daily d join keys k on k.user_key = lower(d.user_id) group by 1, 2
      )
      select coalesce(string_agg(s.employee_number || '@' || p.day || '=' || array_to_string(p.actions, '|'),
                                 ';' order by s.employee_number, p.day), '')
        from days p join staff s on s.id = p.staff_id
      """;

  private Fixtures.Tenant tenant;
  private String key;
  private ImplementationFixtures.Plan plan;

  private void setup() {
    tenant = fixtures.tenant();
    key = tenant.key();
    plan = plans.plan(tenant);
    for (String name : List.of("log", "other-log")) {
      fixtures.as(
          tenant,
          Role.ADMIN,
          () ->
              sources.create(
                  plan.id(),
                  name,
                  UsageFormat.CSV,
                  new CsvMapping("time", "user", "action", null, null, TimeFormat.ISO_OFFSET, ','),
                  ZoneOffset.UTC));
    }
  }

  private ImportReport importLines(String... lines) {
    return importInto("log", lines);
  }

  private ImportReport importInto(String source, String... lines) {
    String content = "time,user,action\n" + String.join("\n", lines) + "\n";
    return fixtures.as(
        tenant,
        Role.ADMIN,
        () ->
            importer.importFile(
                source,
                "log.csv",
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                ImportChannel.UPLOAD,
                n -> {}));
  }

  private String query(String sql) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    return TenantContext.runAs(tenant.id(), () -> jdbc.sql(sql).query(String.class).single());
  }

  /** The summaries, with the transaction ids that last wrote each row (to see that nothing did). */
  private String written() {
    return query(
        "select coalesce(string_agg(cast(staff_id as text) || cast(day as text) || cast(xmin as text), ';' order by staff_id, day), '')"
            + " from usage_person_day");
  }

  private String summaries() {
    String stored = query(SUMMARIES);
    assertThat(stored).as("the summaries equal a recomputation").isEqualTo(query(RECOMPUTED));
    return stored;
  }

  @Test
  void anImportFillsTheSummariesAndTheSameFileAgainWritesNothing() {
    setup();
    String[] file = {
      "2026-03-02T08:00:00Z," + key.toUpperCase() + "-1,chat",
      "2026-03-02T09:00:00Z," + key + "-1,open",
      "2026-03-02T10:00:00Z," + key + "-1,chat",
      "2026-03-03T10:00:00Z," + key + "-2,chat",
      "2026-03-03T11:00:00Z,stranger,chat"
    };
    importLines(file);
    assertThat(summaries())
        .isEqualTo(key + "-1@2026-03-02=chat|open;" + key + "-2@2026-03-03=chat");
    String before = written();

    ImportReport again = importLines(file);

    assertThat(again.inserted()).isZero();
    assertThat(written()).as("no row rewritten").isEqualTo(before);
  }

  @Test
  void anOverlappingImportAddsOnlyWhatIsNewAndLeavesUntouchedDaysAlone() {
    setup();
    importLines(
        "2026-03-02T08:00:00Z," + key + "-1,chat",
        "2026-03-03T08:00:00Z," + key + "-1,chat",
        "2026-03-04T08:00:00Z," + key + "-2,open");
    String before = written();

    // a late file: the same day 2 event again, a new action on day 3, a new person on day 2, day 1
    importLines(
        "2026-03-03T08:00:00Z," + key + "-1,chat",
        "2026-03-03T12:00:00Z," + key + "-1,Open",
        "2026-03-02T12:00:00Z," + key + "-2,chat",
        "2026-03-01T12:00:00Z," + key + "-1,chat");

    assertThat(summaries())
        .isEqualTo(
            key
                + "-1@2026-03-01=chat;"
                + key
                + "-1@2026-03-02=chat;"
                + key
                + "-1@2026-03-03=Open|chat;"
                + key
                + "-2@2026-03-02=chat;"
                + key
                + "-2@2026-03-04=open");
    String after = written();
    List<String> unchanged =
        List.of(before.split(";")).stream()
            .filter(after::contains)
            .map(row -> row.substring(36, 46))
            .toList();
    assertThat(unchanged)
        .as("rows whose actions did not change are not rewritten")
        .containsExactlyInAnyOrder("2026-03-02", "2026-03-04");
  }

  @Test
  void aUserMappedLaterBringsTheirDaysAndMovingTheIdMovesThem() {
    setup();
    importLines(
        "2026-03-02T08:00:00Z,ext-9,chat",
        "2026-03-03T08:00:00Z,EXT-9,open",
        "2026-03-03T09:00:00Z," + key + "-2,chat");
    assertThat(summaries()).isEqualTo(key + "-2@2026-03-03=chat");

    fixtures.as(tenant, Role.ADMIN, () -> imports.mapUser("ext-9", key + "-1"));
    assertThat(summaries())
        .isEqualTo(
            key + "-1@2026-03-02=chat;" + key + "-1@2026-03-03=open;" + key + "-2@2026-03-03=chat");

    fixtures.as(tenant, Role.ADMIN, () -> imports.mapUser("ext-9", key + "-2"));
    assertThat(summaries())
        .isEqualTo(key + "-2@2026-03-02=chat;" + key + "-2@2026-03-03=chat|open");
  }

  @Test
  void aFailedImportLeavesTheSummariesAsTheyWere() {
    setup();
    importLines("2026-03-02T08:00:00Z," + key + "-1,chat");
    String before = summaries();

    failing.armed.set(true);
    assertThatThrownBy(
            () ->
                importLines(
                    "2026-03-02T09:00:00Z," + key + "-1,open",
                    "2026-03-05T09:00:00Z," + key + "-2,chat"))
        .hasMessageContaining("connection was lost");

    assertThat(failing.seen.get())
        .as("written in the import's transaction")
        .isEqualTo(key + "-1@2026-03-02=chat|open;" + key + "-2@2026-03-05=chat");
    assertThat(summaries()).isEqualTo(before);
    importLines(
        "2026-03-02T09:00:00Z," + key + "-1,open", "2026-03-05T09:00:00Z," + key + "-2,chat");
    assertThat(summaries())
        .isEqualTo(key + "-1@2026-03-02=chat|open;" + key + "-2@2026-03-05=chat");
  }

  /** The dashboard's sums, with the transactions that last wrote each row. */
  private String sumsWritten() {
    return query(
        "select coalesce(string_agg(x, ';' order by x), '') from ("
            + " select cast(xmin as text) as x from adoption_day"
            + " union all select cast(xmin as text) from adoption_action_day"
            + " union all select cast(xmin as text) from adoption_person) t");
  }

  @Test
  void aFileOfPeopleNotOnTheRosterWritesNoSummaryNorSum() {
    setup();
    importLines(
        "2026-03-02T08:00:00Z," + key + "-1,chat", "2026-03-03T08:00:00Z," + key + "-2,open");
    String before = written();
    String sums = sumsWritten();
    assertThat(sums).as("the import wrote sums").isNotEmpty();

    ImportReport strangers =
        importLines(
            "2026-03-02T09:00:00Z,stranger-1,chat",
            "2026-03-03T09:00:00Z,stranger-2,open",
            "2026-03-04T09:00:00Z,stranger-1,chat");

    assertThat(strangers.inserted()).isEqualTo(3);
    assertThat(strangers.unknownUserEvents()).isEqualTo(3);
    assertThat(written()).as("no summary row written").isEqualTo(before);
    assertThat(sumsWritten()).as("no sum written").isEqualTo(sums);
    assertThat(summaries()).isEqualTo(key + "-1@2026-03-02=chat;" + key + "-2@2026-03-03=open");
  }

  @Test
  void anIdMappedBeforeTheImportCountsForItsPersonInAnyCase() {
    setup();
    importLines("2026-03-01T08:00:00Z,ext-7,chat");
    fixtures.as(tenant, Role.ADMIN, () -> imports.mapUser("ext-7", key + "-1"));
    assertThat(summaries()).isEqualTo(key + "-1@2026-03-01=chat");

    importLines(
        "2026-03-02T08:00:00Z,EXT-7,chat",
        "2026-03-02T09:00:00Z,stranger,open",
        "2026-03-03T08:00:00Z," + key.toUpperCase() + "-2,open");

    assertThat(summaries())
        .isEqualTo(
            key + "-1@2026-03-01=chat;" + key + "-1@2026-03-02=chat;" + key + "-2@2026-03-03=open");
  }

  @Test
  void anotherSourceWithTheSameDaysOfUseRewritesNoSumAndANewActionOnlyItsPerson() {
    setup();
    String[] file = {
      "2026-03-02T08:00:00Z," + key + "-1,chat", "2026-03-02T09:00:00Z," + key + "-2,open"
    };
    importLines(file);
    String before = written();
    String sums = sumsWritten();

    ImportReport other = importInto("other-log", file);

    assertThat(other.inserted()).as("new events for that source").isEqualTo(2);
    assertThat(written()).as("no summary row rewritten").isEqualTo(before);
    assertThat(sumsWritten()).as("no sum rewritten").isEqualTo(sums);

    importInto("other-log", "2026-03-02T10:00:00Z," + key + "-1,open");
    assertThat(summaries())
        .isEqualTo(key + "-1@2026-03-02=chat|open;" + key + "-2@2026-03-02=open");
  }

  /** The dashboard's sums, every row that counts someone, in a fixed order. */
  private String sumRows() {
    return query(
        """
        select coalesce(string_agg(r, ';' order by r), '') from (
          select concat_ws('/', day, unit_id, professional_group, previous, trained_by, people) as r
            from adoption_day where people <> 0
          union all
          select concat_ws('/', day, unit_id, professional_group, action, previous, people)
            from adoption_action_day where people <> 0
          union all
          select concat_ws('/', unit_id, professional_group, trained_on, live_from, first_use, people)
            from adoption_trained where people <> 0) t
        """);
  }

  @Test
  void aFileOfManyPeopleKeepsTheSumsEqualToARebuild() {
    setup();
    int people = AdoptionSummaries.MANY_PEOPLE + 200;
    JdbcClient jdbc = JdbcClient.create(dataSource);
    TenantContext.runAs(
        tenant.id(),
        () ->
            jdbc.sql(
                    """
                    insert into staff (organisation_id, employee_number, first_name, last_name,
                                       unit_id, professional_group)
                    select :organisation, :key || '-m' || g, 'Many', 'Person ' || g,
                           case when g % 2 = 0 then :unit else :other end,
                           case when g % 3 = 0 then 'PHYSICIAN' else 'REGISTERED_NURSE' end
                      from generate_series(1, :people) g
                    """)
                .param("organisation", tenant.id().value())
                .param("key", key)
                .param("unit", plan.unit().value())
                .param("other", plan.otherUnit().value())
                .param("people", people)
                .update());
    // some of them used it on the first day already, so that the next file takes them out first
    List<String> first = new java.util.ArrayList<>();
    for (int g = 1; g <= people; g += 7) {
      first.add("2026-03-02T08:00:00Z," + key + "-m" + g + ",chat");
    }
    importLines(first.toArray(String[]::new));
    List<String> file = new java.util.ArrayList<>();
    for (int g = 1; g <= people; g++) {
      file.add("2026-03-02T1" + (g % 10) + ":00:00Z," + key.toUpperCase() + "-M" + g + ",open");
      if (g % 3 == 0) {
        file.add("2026-03-03T09:00:00Z," + key + "-m" + g + ",chat");
      }
    }
    java.util.Collections.sort(file);
    file.add("2026-03-03T10:00:00Z,stranger,chat");

    ImportReport report = importLines(file.toArray(String[]::new));

    assertThat(report.inserted()).isEqualTo(file.size());
    assertThat(summaries()).contains(key + "-m8@2026-03-02=chat|open");
    String kept = sumRows();
    assertThat(kept).isNotEmpty();
    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> {
          new org.springframework.transaction.support.TransactionTemplate(transactions)
              .executeWithoutResult(s -> sums.rebuild(plan.id().value()));
          return null;
        });
    assertThat(kept).as("the sums kept by the imports equal a rebuild").isEqualTo(sumRows());
  }
}
