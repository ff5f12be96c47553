package org.uptake.implementation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.organisation.UnitId;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The implementations of the current organisation: a digital service being brought into routine
 * work, and the units taking part. Everyone signed in may read them; implementation leads and
 * admins change them.
 */
@Service
public class Implementations {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final DigitalServices services;
  private final UnitPlanRepository plans;
  private final People people;

  Implementations(
      JdbcClient jdbc,
      AuditTrail audit,
      DigitalServices services,
      UnitPlanRepository plans,
      People people) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.services = services;
    this.plans = plans;
    this.people = people;
  }

  /** All implementations: those under way first, then by start date, newest first. */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public List<ImplementationSummary> list() {
    return jdbc.sql(
            """
            select i.id, i.name, s.name as service_name, i.status, i.start_date,
                   (select count(*) from implementation_unit u where u.implementation_id = i.id) as units,
                   (select count(*) from implementation_phase p
                     where p.implementation_id = i.id and p.phase = 'GO_LIVE' and p.actual_start is not null)
                     as live_units
              from implementation i join digital_service s on s.id = i.service_id
             order by i.status in ('COMPLETED', 'PAUSED'), i.start_date desc nulls last, i.name
            """)
        .query(
            (rs, row) ->
                new ImplementationSummary(
                    new ImplementationId(rs.getObject("id", UUID.class)),
                    rs.getString("name"),
                    rs.getString("service_name"),
                    ImplementationStatus.valueOf(rs.getString("status")),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getInt("units"),
                    rs.getInt("live_units")))
        .list();
  }

  /**
   * Checks that the implementation exists in the current organisation, without loading its plan.
   *
   * @throws NotFoundException if it does not (another organisation's is not found either)
   */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public void requireExists(ImplementationId id) {
    boolean exists =
        jdbc.sql("select exists (select 1 from implementation where id = ?)")
            .param(id.value())
            .query(Boolean.class)
            .single();
    if (!exists) {
      throw new NotFoundException("implementation");
    }
  }

  /** The implementation with its service and every unit's phases and gate. */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public Implementation get(ImplementationId id) {
    record Row(
        String name,
        @Nullable String goal,
        ImplementationStatus status,
        @Nullable LocalDate start,
        UUID service) {}
    Row row =
        jdbc.sql(
                "select name, goal, status, start_date, service_id from implementation where id = ?")
            .param(id.value())
            .query(
                (rs, n) ->
                    new Row(
                        rs.getString("name"),
                        rs.getString("goal"),
                        ImplementationStatus.valueOf(rs.getString("status")),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("service_id", UUID.class)))
            .optional()
            .orElseThrow(() -> new NotFoundException("implementation"));
    return new Implementation(
        id,
        row.name(),
        row.goal(),
        row.status(),
        row.start(),
        services.get(new DigitalServiceId(row.service())),
        plans.load(id, null, people.directory()));
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public ImplementationId create(NewImplementation implementation) {
    DigitalServiceId service =
        implementation.service() != null
            ? services.get(implementation.service()).id()
            : services.create(implementation.newService());
    ImplementationDetails details = implementation.details();
    UUID id =
        jdbc.sql(
                """
                insert into implementation (organisation_id, service_id, name, goal, status, start_date,
                                            created_by, updated_by)
                values (:organisation, :service, :name, :goal, :status, :start, :actor, :actor) returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("service", service.value())
            .param("name", details.name())
            .param("goal", details.goal())
            .param("status", details.status().name())
            .param("start", details.startDate())
            .param("actor", People.actorId())
            .query(UUID.class)
            .single();
    ImplementationId implementationId = new ImplementationId(id);
    People.Directory directory = people.directory();
    for (UnitId unit : implementation.units()) {
      directory.unitName(unit);
      plans.addUnit(implementationId, unit, null);
    }
    audit.changed("CREATE", "implementation", id, "units=" + implementation.units().size());
    return implementationId;
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public void update(ImplementationId id, ImplementationDetails details) {
    int updated =
        jdbc.sql(
                """
                update implementation set name = :name, goal = :goal, status = :status, start_date = :start,
                       updated_at = now(), updated_by = :actor
                 where id = :id
                """)
            .param("id", id.value())
            .param("name", details.name())
            .param("goal", details.goal())
            .param("status", details.status().name())
            .param("start", details.startDate())
            .param("actor", People.actorId())
            .update();
    if (updated == 0) {
      throw new NotFoundException("implementation");
    }
    audit.changed("UPDATE", "implementation", id, null);
  }

  /**
   * Brings a unit into the implementation, with the person who answers for its rollout (may be null
   * for now). A unit already taking part is left as it is.
   */
  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public void addUnit(ImplementationId id, UnitId unit, @Nullable AccountId owner) {
    plans.requireImplementation(id);
    People.Directory directory = people.directory();
    directory.unitName(unit);
    directory.personOrNull(owner);
    if (plans.addUnit(id, unit, owner)) {
      audit.changed("ADD_UNIT", "implementation", id, "unit=" + unit);
    }
  }
}
