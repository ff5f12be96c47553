package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
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
 * FHIR AuditEvent files through the one pipeline, and the stored 16-byte key of V19, on the real
 * database as the application role.
 */
@UptakeTest
class AuditEventImportTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired UsageSources sources;
  @Autowired UsageImporter importer;
  @Autowired DataSource dataSource;

  private Fixtures.Tenant tenantWithSource(String name, UsageFormat format) {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    fixtures.as(
        tenant,
        Role.ADMIN,
        () ->
            sources.create(
                plan.id(), name, format, CsvMapping.standard(), ZoneId.of("Europe/Helsinki")));
    return tenant;
  }

  private ImportReport importFile(Fixtures.Tenant tenant, String source, byte[] content) {
    return fixtures.as(
        tenant,
        Role.ADMIN,
        () ->
            importer.importFile(
                source, "file", new ByteArrayInputStream(content), ImportChannel.CLI, n -> {}));
  }

  private <T> T query(Fixtures.Tenant tenant, String sql, Class<T> type) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    return TenantContext.runAs(tenant.id(), () -> jdbc.sql(sql).query(type).single());
  }

  @Test
  void aBundleThenTheSameEventsAsNdjsonThroughTheApiPathAddNothingTheSecondTime() {
    Fixtures.Tenant tenant = tenantWithSource("portal-audit", UsageFormat.FHIR_AUDIT_EVENT);

    ImportReport bundle =
        importFile(
            tenant, "portal-audit", AuditEventUsageParserTest.resource("audit-event-bundle.json"));
    List<ImportReport> stream =
        fixtures.as(
            tenant,
            Role.ADMIN,
            () ->
                importer.importStream(
                    "portal-audit",
                    UsageFormat.FHIR_AUDIT_EVENT,
                    new ByteArrayInputStream(
                        AuditEventUsageParserTest.resource("audit-events.ndjson")),
                    2,
                    r -> {}));

    assertThat(bundle.inserted()).isEqualTo(3);
    assertThat(bundle.malformed()).isZero();
    assertThat(bundle.unknownUserEvents()).isEqualTo(3); // a fresh tenant has nobody on the roster
    assertThat(stream).hasSize(2);
    assertThat(stream).allSatisfy(r -> assertThat(r.inserted()).isZero());
    assertThat(stream.stream().mapToLong(ImportReport::duplicates).sum()).isEqualTo(3);
    assertThat(
            query(
                tenant,
                "select string_agg(user_id || ' ' || day || ' ' || action || ' ' || count, ', '"
                    + " order by user_id) from usage_daily",
                String.class))
        .isEqualTo(
            "KU12 2026-03-02 C 1, KU7 2026-03-02 read-message 1,"
                + " X-CONTRACTOR-3 2026-03-02 video-call 1");
  }

  @Test
  void theStoredKeyIsTheOneTheMigrationMakesFromTheTextKey() {
    EventKey keys = new EventKey();
    UsageEvent withId =
        new UsageEvent("ehr", Instant.parse("2026-03-02T06:15:00Z"), "KU1", "open", null, "e-1ä");
    UsageEvent hashed =
        new UsageEvent(
            "ehr", Instant.parse("2026-03-02T06:15:00.123456Z"), "KU1", "open", null, null);
    JdbcClient jdbc = JdbcClient.create(dataSource);
    String sql =
        """
        select case when :key like 'sha256:%' then substr(:key, 8, 32)::uuid
                    else encode(substr(sha256(convert_to(:key, 'UTF8')), 1, 16), 'hex')::uuid end
        """;

    for (UsageEvent event : List.of(withId, hashed)) {
      UUID stored = jdbc.sql(sql).param("key", event.dedupKey()).query(UUID.class).single();
      assertThat(keys.of(event)).isEqualTo(stored);
    }
  }

  @Test
  void aFileInTimeOrderWithRepeatsAtOneInstantAndAFileOutOfOrderGiveExactRollups() {
    Fixtures.Tenant tenant = tenantWithSource("ehr", UsageFormat.CSV);
    String ordered =
        """
        time,user,action,unit,id
        2026-03-02T06:00:00Z,KU1,open,,
        2026-03-02T06:00:00Z,KU2,open,,
        2026-03-02T06:00:00Z,KU1,open,,
        2026-03-02T06:00:00Z,KU1,open,,e9
        2026-03-02T06:00:00Z,KU1,read,,e9
        2026-03-02T07:00:00Z,KU1,open,,
        """;
    String backwards =
        """
        time,user,action,unit,id
        2026-03-03T07:00:00Z,KU1,open,,
        2026-03-02T07:00:00Z,KU1,open,,
        2026-03-03T05:00:00Z,KU1,open,,
        2026-03-03T07:00:00Z,KU1,open,,
        """;

    ImportReport first = importFile(tenant, "ehr", ordered.getBytes(StandardCharsets.UTF_8));
    ImportReport second = importFile(tenant, "ehr", backwards.getBytes(StandardCharsets.UTF_8));

    assertThat(first.inserted()).isEqualTo(4);
    assertThat(first.duplicates()).isEqualTo(2);
    assertThat(second.inserted()).isEqualTo(2);
    assertThat(second.duplicates()).isEqualTo(2);
    String rollups =
        "select string_agg(user_id || ' ' || day || ' ' || action || ' ' || count || ' '"
            + " || to_char(first_use at time zone 'UTC', 'HH24') || '-'"
            + " || to_char(last_use at time zone 'UTC', 'HH24'), ', ' order by day, user_id, action)"
            + " from usage_daily";
    String recomputed =
        "select string_agg(user_id || ' ' || day || ' ' || action || ' ' || n || ' '"
            + " || to_char(f at time zone 'UTC', 'HH24') || '-' || to_char(l at time zone 'UTC', 'HH24'),"
            + " ', ' order by day, user_id, action) from (select user_id,"
            + " (occurred_at at time zone 'Europe/Helsinki')::date as day, action, count(*) n,"
            + " min(occurred_at) f, max(occurred_at) l from usage_event group by 1, 2, 3) r";
    assertThat(query(tenant, rollups, String.class))
        .isEqualTo(query(tenant, recomputed, String.class))
        .isEqualTo(
            "KU1 2026-03-02 open 3 06-07, KU2 2026-03-02 open 1 06-06,"
                + " KU1 2026-03-03 open 2 05-07");
  }
}
