package org.uptake.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The logs each implementation's usage events come from. Admins set them up; importers read them.
 */
@Service
public class UsageSources {

  static final String ADMINS = "hasRole('ADMIN') or @systemWork.active()";

  private static final String SELECT =
      """
      select id, implementation_id, name, format, time_column, user_column, action_column,
             unit_column, event_id_column, time_format, delimiter, zone
        from usage_source
      """;

  private final JdbcClient jdbc;
  private final Implementations implementations;
  private final AuditTrail audit;

  UsageSources(JdbcClient jdbc, Implementations implementations, AuditTrail audit) {
    this.jdbc = jdbc;
    this.implementations = implementations;
    this.audit = audit;
  }

  /** All sources of the organisation, by name. */
  @PreAuthorize(ADMINS)
  @Transactional(readOnly = true)
  public List<UsageSource> list() {
    return jdbc.sql(SELECT + " order by name").query(UsageSources::row).list();
  }

  /** The source of that name, if the organisation has one. */
  @PreAuthorize(ADMINS)
  @Transactional(readOnly = true)
  public Optional<UsageSource> find(String name) {
    return jdbc.sql(SELECT + " where name = :name")
        .param("name", name)
        .query(UsageSources::row)
        .optional();
  }

  /**
   * Adds a source to an implementation.
   *
   * @param mapping the CSV column mapping; ignored for NDJSON
   * @throws NotFoundException for an implementation not in the organisation
   */
  @PreAuthorize(ADMINS)
  @Transactional
  public UsageSourceId create(
      ImplementationId implementation,
      String name,
      UsageFormat format,
      @Nullable CsvMapping mapping,
      ZoneId zone) {
    implementations.requireExists(implementation);
    CsvMapping columns =
        format == UsageFormat.CSV && mapping != null ? mapping : CsvMapping.standard();
    UUID id =
        jdbc.sql(
                """
                insert into usage_source (organisation_id, implementation_id, name, format,
                       time_column, user_column, action_column, unit_column, event_id_column,
                       time_format, delimiter, zone, created_by)
                values (:organisation, :implementation, :name, :format, :time, :user, :action,
                        :unit, :eventId, :timeFormat, :delimiter, :zone, :actor)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("implementation", implementation.value())
            .param("name", name.strip())
            .param("format", format.name())
            .param("time", columns.timeColumn())
            .param("user", columns.userColumn())
            .param("action", columns.actionColumn())
            .param("unit", columns.unitColumn())
            .param("eventId", columns.eventIdColumn())
            .param("timeFormat", columns.timeFormat().name())
            .param("delimiter", String.valueOf(columns.delimiter()))
            .param("zone", zone.getId())
            .param("actor", CurrentUser.accountId().map(AccountId::value).orElse(null))
            .query(UUID.class)
            .single();
    audit.changed("CREATE", "usage_source", id, name);
    return new UsageSourceId(id);
  }

  /** The source of that name, or not found. */
  UsageSource require(String name) {
    return find(name).orElseThrow(() -> new NotFoundException("usage source"));
  }

  private static UsageSource row(ResultSet rs, int n) throws SQLException {
    UsageFormat format = UsageFormat.valueOf(rs.getString("format"));
    CsvMapping mapping =
        format == UsageFormat.CSV
            ? new CsvMapping(
                rs.getString("time_column"),
                rs.getString("user_column"),
                rs.getString("action_column"),
                rs.getString("unit_column"),
                rs.getString("event_id_column"),
                TimeFormat.valueOf(rs.getString("time_format")),
                rs.getString("delimiter").charAt(0))
            : null;
    return new UsageSource(
        new UsageSourceId(rs.getObject("id", UUID.class)),
        new ImplementationId(rs.getObject("implementation_id", UUID.class)),
        rs.getString("name"),
        format,
        mapping,
        ZoneId.of(rs.getString("zone")));
  }
}
