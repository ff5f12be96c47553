package org.uptake.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.determinant.Action;
import org.uptake.determinant.ActionId;
import org.uptake.determinant.Actions;
import org.uptake.determinant.NewAction;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The safety and equity risk register of each implementation. Those who read the action plan read
 * it; leads and admins write it. A mitigation is an action of the plan, linked to its risk.
 */
@Service
public class Risks {

  static final String READERS =
      "hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION') or @systemWork.active()";
  static final String WRITERS = "hasAnyRole('ADMIN','LEAD') or @systemWork.active()";

  /** The columns of a risk, as {@link #risk} reads them. */
  private static final String SELECT =
      """
      select id, description, array_to_string(affects, ',') as affects, affects_other,
             likelihood, impact, status
        from risk
      """;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Implementations implementations;
  private final Actions actions;

  Risks(JdbcClient jdbc, AuditTrail audit, Implementations implementations, Actions actions) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.implementations = implementations;
    this.actions = actions;
  }

  /** The implementation's risks, highest score first, each with its mitigations. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<Risk> list(ImplementationId implementation) {
    implementations.requireExists(implementation);
    List<Action> all = actions.list(implementation);
    return jdbc.sql(
            SELECT
                + """
                 where implementation_id = ?
                 order by status = 'CLOSED', likelihood * impact desc, created_at, id
                """)
        .param(implementation.value())
        .query((rs, row) -> risk(rs, implementation, all))
        .list();
  }

  /** Records a risk. */
  @PreAuthorize(WRITERS)
  @Transactional
  public RiskId create(ImplementationId implementation, RiskDetails details) {
    implementations.requireExists(implementation);
    UUID id =
        jdbc.sql(
                """
                insert into risk (organisation_id, implementation_id, description, affects,
                                  affects_other, likelihood, impact, status, created_by, updated_by)
                values (:organisation, :implementation, :description, string_to_array(:affects, ','),
                        :other, :likelihood, :impact, :status, :actor, :actor)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("implementation", implementation.value())
            .param("description", details.description())
            .param("affects", joined(details.affects()))
            .param("other", details.affectsOther())
            .param("likelihood", details.likelihood())
            .param("impact", details.impact())
            .param("status", details.status().name())
            .param("actor", actorId())
            .query(UUID.class)
            .single();
    audit.changed("CREATE", "risk", id, null);
    return new RiskId(id);
  }

  /** Moves a risk to another status. */
  @PreAuthorize(WRITERS)
  @Transactional
  public void setStatus(ImplementationId implementation, RiskId id, RiskStatus status) {
    require(implementation, id);
    jdbc.sql(
            """
            update risk set status = ?, version = version + 1, updated_at = now(), updated_by = ?
             where id = ?
            """)
        .params(status.name(), actorId(), id.value())
        .update();
    audit.changed("UPDATE", "risk", id, "status=" + status);
  }

  /** One risk of the implementation's register, with its mitigations. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public Risk get(ImplementationId implementation, RiskId id) {
    implementations.requireExists(implementation);
    List<Action> all = actions.list(implementation);
    return jdbc.sql(SELECT + " where implementation_id = ? and id = ?")
        .params(implementation.value(), id.value())
        .query((rs, row) -> risk(rs, implementation, all))
        .optional()
        .orElseThrow(() -> new NotFoundException("risk"));
  }

  /**
   * Corrects what a risk says (its description, who it affects, likelihood and impact); its status
   * and mitigations stay as they are.
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public void correct(ImplementationId implementation, RiskId id, RiskDetails details) {
    require(implementation, id);
    jdbc.sql(
            """
            update risk set description = :description, affects = string_to_array(:affects, ','),
                   affects_other = :other, likelihood = :likelihood, impact = :impact,
                   version = version + 1, updated_at = now(), updated_by = :actor
             where id = :id
            """)
        .param("description", details.description())
        .param("affects", joined(details.affects()))
        .param("other", details.affectsOther())
        .param("likelihood", details.likelihood())
        .param("impact", details.impact())
        .param("actor", actorId())
        .param("id", id.value())
        .update();
    audit.changed(
        "UPDATE", "risk", id, "likelihood=" + details.likelihood() + ",impact=" + details.impact());
  }

  /**
   * Deletes a risk recorded by mistake.
   *
   * @throws RiskHasMitigationsException if actions of the plan mitigate it: those stay, so the risk
   *     is closed instead of deleted
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public void delete(ImplementationId implementation, RiskId id) {
    Risk risk = get(implementation, id);
    if (!risk.mitigations().isEmpty()) {
      throw new RiskHasMitigationsException();
    }
    jdbc.sql("delete from risk where id = ?").param(id.value()).update();
    audit.changed("DELETE", "risk", id, null);
  }

  /**
   * Adds a mitigation: an action of the plan, linked to the risk, which lands in its owner's inbox.
   *
   * @throws org.uptake.determinant.ActionRuleException as {@link Actions#create} does
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public ActionId mitigate(ImplementationId implementation, RiskId id, NewAction action) {
    require(implementation, id);
    NewAction linked =
        new NewAction(
            action.title(),
            action.strategyCode(),
            action.owner(),
            action.consulted(),
            action.informed(),
            action.dueDate(),
            action.measure(),
            action.determinants(),
            id.value());
    return actions.create(implementation, linked);
  }

  private void require(ImplementationId implementation, RiskId id) {
    boolean found =
        jdbc.sql("select exists (select 1 from risk where id = ? and implementation_id = ?)")
            .params(id.value(), implementation.value())
            .query(Boolean.class)
            .single();
    if (!found) {
      throw new NotFoundException("risk");
    }
  }

  private static Risk risk(ResultSet rs, ImplementationId implementation, List<Action> all)
      throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    String affects = rs.getString("affects");
    Set<AffectedGroup> groups =
        affects == null || affects.isEmpty()
            ? Set.of()
            : Arrays.stream(affects.split(","))
                .map(AffectedGroup::valueOf)
                .collect(Collectors.toSet());
    return new Risk(
        new RiskId(id),
        implementation,
        new RiskDetails(
            rs.getString("description"),
            groups,
            rs.getString("affects_other"),
            rs.getInt("likelihood"),
            rs.getInt("impact"),
            RiskStatus.valueOf(rs.getString("status"))),
        all.stream().filter(action -> id.equals(action.risk())).toList());
  }

  private static String joined(Set<AffectedGroup> groups) {
    return groups.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static @Nullable UUID actorId() {
    return CurrentUser.accountId().map(account -> account.value()).orElse(null);
  }
}
