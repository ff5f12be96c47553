package org.uptake.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The staff of the current organisation. Staff records are personal data: admins, implementation
 * leads and unit managers may read them, every read of a person or a list is written to the audit
 * trail, and only admins change them. Leavers are deactivated, never deleted.
 */
@Service
public class Staff {

  private static final String SELECT =
      """
      select s.id, s.employee_number, s.first_name, s.last_name, s.email, s.unit_id, u.name as unit_name,
             s.professional_group, s.shift_pattern, s.active
        from staff s join unit u on u.id = s.unit_id
      """;

  /** Which staff to list; null fields do not filter. */
  public record Filter(
      @Nullable UnitId unit, @Nullable ProfessionalGroup group, boolean includeInactive) {
    public static Filter all() {
      return new Filter(null, null, true);
    }
  }

  /**
   * A unit manager (who is not also a lead or admin) sees the staff of the units they manage and no
   * one else; {@code :managedBy} is null for everyone else.
   */
  private static final String MANAGED_ONLY =
      """
       and (cast(:managedBy as uuid) is null
            or s.unit_id in (select m.unit_id from unit_manager m where m.account_id = :managedBy))
      """;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  Staff(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER')")
  @Transactional(readOnly = true)
  public List<StaffMember> list(Filter filter) {
    List<StaffMember> staff = query(filter);
    audit.read("staff", null, "list of " + staff.size());
    return staff;
  }

  /** The same list without an audit entry, for work Uptake does itself (imports, demo data). */
  @PreAuthorize("@systemWork.active() or hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<StaffMember> listForImport() {
    return query(Filter.all());
  }

  private static @Nullable UUID managedBy() {
    return CurrentUser.find()
        .filter(user -> user.roles().contains(Role.MANAGER))
        .filter(user -> !user.hasAny(Role.ADMIN, Role.LEAD))
        .map(user -> user.accountId().value())
        .orElse(null);
  }

  private List<StaffMember> query(Filter filter) {
    return jdbc.sql(
            SELECT
                + """
                 where (cast(:unit as uuid) is null or s.unit_id = :unit)
                   and (cast(:group as text) is null or s.professional_group = :group)
                   and (s.active or :all)
                """
                + MANAGED_ONLY
                + " order by s.active desc, s.last_name, s.first_name")
        .param("managedBy", managedBy())
        .param("unit", filter.unit() == null ? null : filter.unit().value())
        .param("group", filter.group() == null ? null : filter.group().name())
        .param("all", filter.includeInactive())
        .query(Staff::member)
        .list();
  }

  /**
   * Head counts of the active staff of the units by professional group and shift pattern. They name
   * no one, so every signed-in user may read them and no read is audited.
   */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public List<StaffCount> countActive(Collection<UnitId> units) {
    return jdbc.sql(
            """
            select unit_id, professional_group, shift_pattern, count(*) as people from staff
             where active and unit_id = any (cast(string_to_array(:units, ',') as uuid[]))
             group by unit_id, professional_group, shift_pattern
             order by unit_id, professional_group, shift_pattern
            """)
        .param(
            "units", String.join(",", units.stream().map(unit -> unit.value().toString()).toList()))
        .query(
            (rs, row) -> {
              String shift = rs.getString("shift_pattern");
              return new StaffCount(
                  new UnitId(rs.getObject("unit_id", UUID.class)),
                  ProfessionalGroup.valueOf(rs.getString("professional_group")),
                  shift == null ? null : ShiftPattern.valueOf(shift),
                  rs.getInt("people"));
            })
        .list();
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER')")
  @Transactional(readOnly = true)
  public StaffMember get(StaffId id) {
    StaffMember member =
        jdbc.sql(SELECT + " where s.id = :id" + MANAGED_ONLY)
            .param("id", id.value())
            .param("managedBy", managedBy())
            .query(Staff::member)
            .optional()
            .orElseThrow(() -> new NotFoundException("staff"));
    audit.read("staff", id, null);
    return member;
  }

  @PreAuthorize("hasRole('ADMIN') or @systemWork.active()")
  @Transactional
  public StaffId create(StaffDetails details) {
    requireUnit(details.unitId());
    try {
      UUID id =
          jdbc.sql(
                  """
                  insert into staff (organisation_id, employee_number, first_name, last_name, email, unit_id,
                                     professional_group, shift_pattern, created_by, updated_by)
                  values (:organisation, :number, :first, :last, :email, :unit, :group, :shift, :actor, :actor)
                  returning id
                  """)
              .param("organisation", TenantContext.require().value())
              .param("number", details.employeeNumber())
              .param("first", details.firstName())
              .param("last", details.lastName())
              .param("email", details.email())
              .param("unit", details.unitId().value())
              .param("group", details.professionalGroup().name())
              .param("shift", details.shiftPattern() == null ? null : details.shiftPattern().name())
              .param("actor", actor())
              .query(UUID.class)
              .single();
      audit.changed("CREATE", "staff", id, null);
      changed(id);
      return new StaffId(id);
    } catch (DuplicateKeyException e) {
      throw new DuplicateException("employeeNumber");
    }
  }

  @PreAuthorize("hasRole('ADMIN') or @systemWork.active()")
  @Transactional
  public void update(StaffId id, StaffDetails details, boolean active) {
    requireUnit(details.unitId());
    try {
      int updated =
          jdbc.sql(
                  """
                  update staff set employee_number = :number, first_name = :first, last_name = :last,
                         email = :email, unit_id = :unit, professional_group = :group, shift_pattern = :shift,
                         active = :active, updated_at = now(), updated_by = :actor
                   where id = :id
                  """)
              .param("id", id.value())
              .param("number", details.employeeNumber())
              .param("first", details.firstName())
              .param("last", details.lastName())
              .param("email", details.email())
              .param("unit", details.unitId().value())
              .param("group", details.professionalGroup().name())
              .param("shift", details.shiftPattern() == null ? null : details.shiftPattern().name())
              .param("active", active)
              .param("actor", actor())
              .update();
      if (updated == 0) {
        throw new NotFoundException("staff");
      }
      audit.changed("UPDATE", "staff", id, null);
      changed(id.value());
    } catch (DuplicateKeyException e) {
      throw new DuplicateException("employeeNumber");
    }
  }

  @PreAuthorize("hasRole('ADMIN') or @systemWork.active()")
  @Transactional
  public void setActive(StaffId id, boolean active) {
    int updated =
        jdbc.sql("update staff set active = ?, updated_at = now(), updated_by = ? where id = ?")
            .params(active, actor(), id.value())
            .update();
    if (updated == 0) {
      throw new NotFoundException("staff");
    }
    audit.changed(active ? "REACTIVATE" : "DEACTIVATE", "staff", id, null);
    changed(id.value());
  }

  private void changed(UUID id) {
    events.publishEvent(new StaffChanged(TenantContext.require().value(), List.of(id)));
  }

  private void requireUnit(UnitId unit) {
    boolean exists =
        jdbc.sql("select exists (select 1 from unit where id = ?)")
            .param(unit.value())
            .query(Boolean.class)
            .single();
    if (!exists) {
      throw new NotFoundException("unit");
    }
  }

  private static @Nullable UUID actor() {
    return CurrentUser.accountId().map(AccountId::value).orElse(null);
  }

  static StaffMember member(ResultSet rs, int row) throws SQLException {
    String shift = rs.getString("shift_pattern");
    return new StaffMember(
        new StaffId(rs.getObject("id", UUID.class)),
        rs.getString("employee_number"),
        rs.getString("first_name"),
        rs.getString("last_name"),
        rs.getString("email"),
        new UnitId(rs.getObject("unit_id", UUID.class)),
        rs.getString("unit_name"),
        ProfessionalGroup.valueOf(rs.getString("professional_group")),
        shift == null ? null : ShiftPattern.valueOf(shift),
        rs.getBoolean("active"));
  }

  Optional<StaffMember> byId(StaffId id) {
    return jdbc.sql(SELECT + " where s.id = ?").param(id.value()).query(Staff::member).optional();
  }
}
