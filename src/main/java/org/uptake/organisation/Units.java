package org.uptake.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/** The units of the current organisation. Everyone signed in may read them; admins change them. */
@Service
public class Units {

  private static final String SELECT =
      """
      select u.id, u.code, u.name, u.description, u.active,
             (select count(*) from staff s where s.unit_id = u.id and s.active) as staff_count
        from unit u
      """;

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  Units(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public List<Unit> list(boolean includeInactive) {
    return jdbc.sql(SELECT + " where u.active or :all order by u.active desc, u.name")
        .param("all", includeInactive)
        .query(Units::unit)
        .list();
  }

  /**
   * The names of all units, inactive ones too, in the order of {@link #list(boolean)}: for pages
   * that only name units. Counts no staff, which {@code list} does (a scan of the roster).
   */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public Map<UnitId, String> names() {
    Map<UnitId, String> names = new LinkedHashMap<>();
    jdbc.sql("select id, name from unit order by active desc, name")
        .query(
            (ResultSet rs) -> {
              names.put(new UnitId(rs.getObject("id", UUID.class)), rs.getString("name"));
            });
    return names;
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public Optional<Unit> find(UnitId id) {
    return jdbc.sql(SELECT + " where u.id = ?").param(id.value()).query(Units::unit).optional();
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public Unit get(UnitId id) {
    return find(id).orElseThrow(() -> new NotFoundException("unit"));
  }

  @PreAuthorize("hasRole('ADMIN') or @systemWork.active()")
  @Transactional
  public UnitId create(UnitDetails details) {
    try {
      UUID id =
          jdbc.sql(
                  """
                  insert into unit (organisation_id, code, name, description, created_by, updated_by)
                  values (:organisation, :code, :name, :description, :actor, :actor) returning id
                  """)
              .param("organisation", TenantContext.require().value())
              .param("code", details.code())
              .param("name", details.name())
              .param("description", details.description())
              .param("actor", actor())
              .query(UUID.class)
              .single();
      audit.changed("CREATE", "unit", id, null);
      return new UnitId(id);
    } catch (DuplicateKeyException e) {
      throw new DuplicateException("code");
    }
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void update(UnitId id, UnitDetails details) {
    try {
      int updated =
          jdbc.sql(
                  """
                  update unit set code = :code, name = :name, description = :description,
                         updated_at = now(), updated_by = :actor
                   where id = :id
                  """)
              .param("id", id.value())
              .param("code", details.code())
              .param("name", details.name())
              .param("description", details.description())
              .param("actor", actor())
              .update();
      if (updated == 0) {
        throw new NotFoundException("unit");
      }
      audit.changed("UPDATE", "unit", id, null);
    } catch (DuplicateKeyException e) {
      throw new DuplicateException("code");
    }
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void setActive(UnitId id, boolean active) {
    int updated =
        jdbc.sql("update unit set active = ?, updated_at = now(), updated_by = ? where id = ?")
            .params(active, actor(), id.value())
            .update();
    if (updated == 0) {
      throw new NotFoundException("unit");
    }
    audit.changed(active ? "REACTIVATE" : "DEACTIVATE", "unit", id, null);
  }

  private static @org.jspecify.annotations.Nullable UUID actor() {
    return CurrentUser.accountId().map(AccountId::value).orElse(null);
  }

  private static Unit unit(ResultSet rs, int row) throws SQLException {
    return new Unit(
        new UnitId(rs.getObject("id", UUID.class)),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getBoolean("active"),
        rs.getInt("staff_count"));
  }
}
