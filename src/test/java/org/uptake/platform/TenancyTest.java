package org.uptake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;

/**
 * Row-level security is the wall between organisations: these tests fail if any brick is missing.
 */
@UptakeTest
class TenancyTest {

  @Autowired DataSource dataSource;
  @Autowired Fixtures fixtures;

  @Test
  void everyTableWithAnOrganisationIdHasForcedRowLevelSecurityAndATenantPolicy() {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    List<String> tenantTables =
        jdbc.sql(
                """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind in ('r', 'p')
                   and exists (select 1 from pg_attribute a
                                where a.attrelid = c.oid and a.attname = 'organisation_id' and not a.attisdropped)
                 order by 1
                """)
            .query(String.class)
            .list();
    assertThat(tenantTables)
        .contains("organisation", "unit", "staff", "account", "task", "audit_event");
    List<String> unprotected =
        jdbc.sql(
                """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relname in (:tables)
                   and not (c.relrowsecurity and c.relforcerowsecurity
                            and exists (select 1 from pg_policy p where p.polrelid = c.oid
                                         and pg_get_expr(p.polqual, p.polrelid) like '%uptake_current_org()%'
                                         and pg_get_expr(p.polwithcheck, p.polrelid) like '%uptake_current_org()%'))
                """)
            .param("tables", tenantTables)
            .query(String.class)
            .list();
    assertThat(unprotected).as("tenant tables without a forced tenant policy").isEmpty();
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    var role =
        jdbc.sql(
                "select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = current_user")
            .query((rs, row) -> List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
            .single();
    assertThat(role).containsOnly(false);
    Integer owned =
        jdbc.sql(
                """
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user
                """)
            .query(Integer.class)
            .single();
    assertThat(owned).isZero();
  }

  @Test
  void withoutATenantNoRowIsVisibleAndEachTenantSeesOnlyItself() {
    Fixtures.Tenant a = fixtures.tenant();
    Fixtures.Tenant b = fixtures.tenant();
    JdbcClient jdbc = JdbcClient.create(dataSource);

    assertThat(jdbc.sql("select count(*) from staff").query(Integer.class).single()).isZero();

    List<UUID> seenByA =
        TenantContext.runAs(
            a.id(),
            () -> jdbc.sql("select distinct organisation_id from staff").query(UUID.class).list());
    assertThat(seenByA).containsExactly(a.id().value());

    Integer foreignSeen =
        fixtures.as(
            a,
            Role.ADMIN,
            () ->
                jdbc.sql("select count(*) from unit where id = ?")
                    .param(b.units().getFirst().value())
                    .query(Integer.class)
                    .single());
    assertThat(foreignSeen).isZero();
  }

  @Test
  void aTenantCannotWriteRowsIntoAnotherOrganisation() {
    Fixtures.Tenant a = fixtures.tenant();
    Fixtures.Tenant b = fixtures.tenant();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                TenantContext.runAs(
                    a.id(),
                    () ->
                        jdbc.sql(
                                "insert into unit (organisation_id, code, name) values (?, 'X', 'Intruder')")
                            .param(b.id().value())
                            .update()))
        .rootCause()
        .hasMessageContaining("row-level security");
    int moved =
        TenantContext.runAs(
            a.id(),
            () ->
                jdbc.sql("update unit set name = 'Hijacked' where organisation_id = ?")
                    .param(b.id().value())
                    .update());
    assertThat(moved).isZero();
  }
}
