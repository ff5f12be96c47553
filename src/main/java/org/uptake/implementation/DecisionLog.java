package org.uptake.implementation;

import java.time.Clock;
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
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * What was decided in an implementation, by whom, when and why, newest first. Everyone signed in
 * may read it; leads and admins write it.
 */
@Service
public class DecisionLog {

  private static final String SELECT =
      """
      select d.id, d.summary, d.rationale, d.decided_by, d.decided_on, d.activity_id, a.title as activity_title
        from plan_decision d left join plan_activity a on a.id = d.activity_id
      """;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final UnitPlanRepository plans;
  private final People people;
  private final Clock clock;

  DecisionLog(
      JdbcClient jdbc, AuditTrail audit, UnitPlanRepository plans, People people, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.plans = plans;
    this.people = people;
    this.clock = clock;
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public List<Decision> list(ImplementationId implementation) {
    plans.requireImplementation(implementation);
    return query(implementation, null);
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public Decision get(ImplementationId implementation, DecisionId decision) {
    return query(implementation, decision).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("decision"));
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public DecisionId record(ImplementationId implementation, DecisionDetails details) {
    plans.requireImplementation(implementation);
    check(implementation, details);
    UUID id =
        jdbc.sql(
                """
                insert into plan_decision (organisation_id, implementation_id, activity_id, summary, rationale,
                                           decided_by, decided_on, created_by, updated_by)
                values (:organisation, :implementation, :activity, :summary, :rationale, :decidedBy, :decidedOn,
                        :actor, :actor)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("implementation", implementation.value())
            .param("activity", details.activity() == null ? null : details.activity().value())
            .param("summary", details.summary())
            .param("rationale", details.rationale())
            .param("decidedBy", details.decidedBy().value())
            .param("decidedOn", details.decidedOn())
            .param("actor", People.actorId())
            .query(UUID.class)
            .single();
    audit.changed("CREATE", "plan_decision", id, null);
    return new DecisionId(id);
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public void update(
      ImplementationId implementation, DecisionId decision, DecisionDetails details) {
    get(implementation, decision);
    check(implementation, details);
    jdbc.sql(
            """
            update plan_decision set activity_id = :activity, summary = :summary, rationale = :rationale,
                   decided_by = :decidedBy, decided_on = :decidedOn, updated_at = now(), updated_by = :actor
             where id = :id
            """)
        .param("id", decision.value())
        .param("activity", details.activity() == null ? null : details.activity().value())
        .param("summary", details.summary())
        .param("rationale", details.rationale())
        .param("decidedBy", details.decidedBy().value())
        .param("decidedOn", details.decidedOn())
        .param("actor", People.actorId())
        .update();
    audit.changed("UPDATE", "plan_decision", decision, null);
  }

  private void check(ImplementationId implementation, DecisionDetails details) {
    people.directory().person(details.decidedBy());
    if (details.decidedOn().isAfter(LocalDate.now(clock))) {
      throw new PlanRuleException("decidedOn", "decision-log.error.future");
    }
    if (details.activity() != null) {
      boolean ours =
          jdbc.sql(
                  "select exists (select 1 from plan_activity where id = ? and implementation_id = ?)")
              .params(details.activity().value(), implementation.value())
              .query(Boolean.class)
              .single();
      if (!ours) {
        throw new NotFoundException("activity");
      }
    }
  }

  private List<Decision> query(ImplementationId implementation, @Nullable DecisionId only) {
    People.Directory directory = people.directory();
    return jdbc.sql(
            SELECT
                + """
                 where d.implementation_id = :implementation and (cast(:id as uuid) is null or d.id = :id)
                 order by d.decided_on desc, d.created_at desc
                """)
        .param("implementation", implementation.value())
        .param("id", only == null ? null : only.value())
        .query(
            (rs, row) -> {
              UUID activity = rs.getObject("activity_id", UUID.class);
              return new Decision(
                  new DecisionId(rs.getObject("id", UUID.class)),
                  rs.getString("summary"),
                  rs.getString("rationale"),
                  directory.person(new AccountId(rs.getObject("decided_by", UUID.class))),
                  rs.getObject("decided_on", LocalDate.class),
                  activity == null ? null : new ActivityId(activity),
                  rs.getString("activity_title"));
            })
        .list();
  }
}
