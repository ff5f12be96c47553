package org.uptake.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffMember;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/** What was imported, what went wrong, and the unknown users waiting to be mapped: for admins. */
@Service
public class UsageImports {

  private static final String SELECT =
      """
      select i.id, s.name as source, i.file_name, i.batch, i.first_line, i.lines, i.events,
             i.inserted, i.duplicates, i.malformed, i.unknown_user_events, i.started_at,
             i.finished_at
        from usage_import i join usage_source s on s.id = i.source_id
      """;

  private final JdbcClient jdbc;
  private final Staff staff;
  private final AuditTrail audit;
  private final AdoptionSummaries summaries;

  UsageImports(JdbcClient jdbc, Staff staff, AuditTrail audit, AdoptionSummaries summaries) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.audit = audit;
    this.summaries = summaries;
  }

  /** The latest imports, newest first, without their problems. */
  @PreAuthorize(UsageSources.ADMINS)
  @Transactional(readOnly = true)
  public List<ImportReport> recent(int limit) {
    return jdbc.sql(SELECT + " order by i.finished_at desc limit :limit")
        .param("limit", limit)
        .query((rs, n) -> row(rs, List.of()))
        .list();
  }

  /** One import with its stored problems. */
  @PreAuthorize(UsageSources.ADMINS)
  @Transactional(readOnly = true)
  public ImportReport report(UsageImportId id) {
    List<UsageProblem> problems =
        jdbc.sql(
                """
                select line, reason, array_to_string(args, chr(31)) as args
                  from usage_import_problem where import_id = :id order by ordinal
                """)
            .param("id", id.value())
            .query(
                (rs, n) ->
                    new UsageProblem(
                        rs.getLong("line"),
                        rs.getString("reason"),
                        rs.getString("args").isEmpty()
                            ? List.of()
                            : Arrays.asList(rs.getString("args").split("\u001f", -1))))
            .list();
    return jdbc.sql(SELECT + " where i.id = :id")
        .param("id", id.value())
        .query((rs, n) -> row(rs, problems))
        .optional()
        .orElseThrow(() -> new NotFoundException("usage import"));
  }

  /** Unknown external ids, most events first. */
  @PreAuthorize(UsageSources.ADMINS)
  @Transactional(readOnly = true)
  public List<UnknownUser> unknownUsers(int limit) {
    return jdbc.sql(
            """
            select external_id, events, first_seen, last_seen from usage_unknown_user
             order by events desc, external_id limit :limit
            """)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new UnknownUser(
                    rs.getString("external_id"),
                    rs.getLong("events"),
                    rs.getTimestamp("first_seen").toInstant(),
                    rs.getTimestamp("last_seen").toInstant()))
        .list();
  }

  /**
   * Says that an external id is the staff member with that employee number: their events count as
   * theirs from now on, and the id leaves the unknown list.
   *
   * @throws NotFoundException if no staff member has that employee number
   */
  @PreAuthorize(UsageSources.ADMINS)
  @Transactional
  public void mapUser(String externalId, String employeeNumber) {
    StaffMember member =
        staff.listForImport().stream()
            .filter(
                s ->
                    s.employeeNumber()
                        .toLowerCase(Locale.ROOT)
                        .equals(employeeNumber.strip().toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("staff member"));
    List<UUID> before =
        jdbc.sql("select staff_id from usage_user_map where external_id = :external")
            .param("external", externalId)
            .query(UUID.class)
            .list();
    jdbc.sql(
            """
            insert into usage_user_map (organisation_id, external_id, staff_id, created_by)
            values (:organisation, :external, :staff, :actor)
            on conflict (organisation_id, external_id) do update set staff_id = excluded.staff_id
            """)
        .param("organisation", TenantContext.require().value())
        .param("external", externalId)
        .param("staff", member.id().value())
        .param("actor", CurrentUser.accountId().map(AccountId::value).orElse(null))
        .update();
    jdbc.sql("delete from usage_unknown_user where external_id = :external")
        .param("external", externalId)
        .update();
    // the dashboard's summaries: the id's days move to this person (and leave the one it was
    // before)
    List<UUID> changed = new java.util.ArrayList<>(before);
    changed.add(member.id().value());
    summaries.refreshPeople(TenantContext.require().value(), changed);
    audit.changed("MAP", "usage_user_map", member.id().value(), null);
  }

  private static ImportReport row(ResultSet rs, List<UsageProblem> problems) throws SQLException {
    Integer batch = rs.getObject("batch", Integer.class);
    return new ImportReport(
        new UsageImportId(rs.getObject("id", UUID.class)),
        rs.getString("source"),
        rs.getString("file_name"),
        batch,
        rs.getLong("first_line"),
        rs.getLong("lines"),
        rs.getLong("events"),
        rs.getLong("inserted"),
        rs.getLong("duplicates"),
        rs.getLong("malformed"),
        rs.getLong("unknown_user_events"),
        problems,
        rs.getTimestamp("started_at").toInstant(),
        rs.getTimestamp("finished_at").toInstant());
  }
}
