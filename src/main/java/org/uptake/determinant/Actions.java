package org.uptake.determinant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AccountSummary;
import org.uptake.access.Accounts;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.framework.Frameworks;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The action plan of each implementation: what will be done about its barriers and risks, by whom
 * and by when. Everyone who reads the determinant register reads the plan; leads and admins write
 * it; an action's owner may move its status too. A new action lands in its owner's inbox; an action
 * that falls overdue gives the lead who created it (or, for actions Uptake made itself, the
 * organisation's first lead) one task, however often the plan is looked at.
 */
@Service
public class Actions {

  static final String READERS = Determinants.READERS;
  static final String PLANNERS = "hasAnyRole('ADMIN','LEAD') or @systemWork.active()";

  private static final String SELECT =
      """
      select id, title, strategy_code, owner_id, consulted_ids, informed_ids, due_date, status,
             measure, determinant_ids, risk_id, overdue_task_id, lead_id
        from action
      """;

  private record Row(
      ActionId id,
      String title,
      @Nullable String strategyCode,
      AccountId owner,
      List<AccountId> consulted,
      List<AccountId> informed,
      @Nullable LocalDate dueDate,
      ActionStatus status,
      @Nullable String measure,
      List<DeterminantId> determinants,
      @Nullable UUID risk,
      @Nullable UUID overdueTask,
      @Nullable AccountId lead) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Implementations implementations;
  private final Determinants determinants;
  private final Accounts accounts;
  private final Frameworks frameworks;
  private final ActionNotifications notifications;
  private final Clock clock;

  Actions(
      JdbcClient jdbc,
      AuditTrail audit,
      Implementations implementations,
      Determinants determinants,
      Accounts accounts,
      Frameworks frameworks,
      ActionNotifications notifications,
      Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.implementations = implementations;
    this.determinants = determinants;
    this.accounts = accounts;
    this.frameworks = frameworks;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * Adds an action to the plan and puts it in its owner's inbox.
   *
   * @throws ActionRuleException without an owner or title, or for a person, strategy or determinant
   *     the organisation does not have
   * @throws NotFoundException for an implementation not in the organisation
   */
  @PreAuthorize(PLANNERS)
  @Transactional
  public ActionId create(ImplementationId implementation, NewAction action) {
    Implementation rollout = implementations.get(implementation);
    AccountId owner = action.owner();
    if (owner == null) {
      throw new ActionRuleException("action.error.no-owner", "An action needs an owner");
    }
    if (action.title().isBlank()) {
      throw new ActionRuleException("action.error.no-title", "An action needs a title");
    }
    List<AccountId> people = new ArrayList<>(action.consulted());
    people.addAll(action.informed());
    people.add(owner);
    for (AccountId person : people) {
      if (!accounts.exists(person)) {
        throw new ActionRuleException(
            "action.error.unknown-person", "No account " + person + " in the organisation");
      }
    }
    String strategy = action.strategyCode();
    if (strategy != null && frameworks.strategy(strategy).isEmpty()) {
      throw new ActionRuleException(
          "action.error.unknown-strategy", "No strategy '" + strategy + "' in the catalogue");
    }
    for (DeterminantId determinant : action.determinants()) {
      determinants.get(implementation, determinant);
    }
    UUID id =
        jdbc.sql(
                """
                insert into action (organisation_id, implementation_id, title, strategy_code, owner_id,
                                    consulted_ids, informed_ids, due_date, measure, determinant_ids,
                                    risk_id, lead_id, created_by, updated_by)
                values (:organisation, :implementation, :title, :strategy, :owner,
                        cast(string_to_array(:consulted, ',') as uuid[]),
                        cast(string_to_array(:informed, ',') as uuid[]), :due, :measure,
                        cast(string_to_array(:determinants, ',') as uuid[]), :risk, :actor, :actor,
                        :actor)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("implementation", implementation.value())
            .param("title", action.title().strip())
            .param("strategy", strategy)
            .param("owner", owner.value())
            .param("consulted", joined(action.consulted()))
            .param("informed", joined(action.informed()))
            .param("due", action.dueDate())
            .param("measure", blankToNull(action.measure()))
            .param("determinants", joined(action.determinants()))
            .param("risk", action.risk())
            .param("actor", actorId())
            .query(UUID.class)
            .single();
    ActionId created = new ActionId(id);
    audit.changed("CREATE", "action", id, "owner=" + owner);
    notifications.assigned(
        rollout.name(),
        implementation.toString(),
        created,
        action.title().strip(),
        owner,
        action.dueDate(),
        blankToNull(action.measure()));
    return created;
  }

  /** The implementation's actions, open ones first by due date, overdue ones flagged. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<Action> list(ImplementationId implementation) {
    implementations.requireExists(implementation);
    return view(
        jdbc.sql(
                SELECT
                    + """
                     where implementation_id = ?
                     order by status in ('DONE', 'DROPPED'), due_date nulls last, created_at, id
                    """)
            .param(implementation.value())
            .query(this::row)
            .list());
  }

  /** The actions that mitigate one risk of the implementation. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<Action> forRisk(ImplementationId implementation, UUID risk) {
    return list(implementation).stream().filter(action -> risk.equals(action.risk())).toList();
  }

  /**
   * Moves an action's status by a named change. Leads and admins may move any action, its owner
   * their own.
   *
   * @throws ActionRuleException for a change the action's status does not allow
   * @throws AccessDeniedException for someone else's action
   */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional
  public ActionStatus change(
      ImplementationId implementation, ActionId id, ActionStatus.Change change) {
    Row row = require(implementation, id);
    boolean planner =
        CurrentUser.find().map(user -> user.hasAny(Role.ADMIN, Role.LEAD)).orElse(true);
    if (!planner && !CurrentUser.accountId().map(row.owner()::equals).orElse(false)) {
      throw new AccessDeniedException("Only a lead or the owner may change an action");
    }
    ActionStatus next = row.status().after(change);
    jdbc.sql(
            """
            update action set status = :status, version = version + 1, updated_at = now(),
                   updated_by = :actor
             where id = :id
            """)
        .param("status", next.name())
        .param("actor", actorId())
        .param("id", id.value())
        .update();
    audit.changed("UPDATE", "action", id, row.status() + " -> " + next);
    return next;
  }

  /**
   * Gives the action to another owner, who gets a task for it as a new owner does.
   *
   * @throws ActionRuleException for a person not in the organisation
   */
  @PreAuthorize(PLANNERS)
  @Transactional
  public void reassign(ImplementationId implementation, ActionId id, AccountId owner) {
    Row row = require(implementation, id);
    if (row.owner().equals(owner)) {
      return;
    }
    if (!accounts.exists(owner)) {
      throw new ActionRuleException(
          "action.error.unknown-person", "No account " + owner + " in the organisation");
    }
    jdbc.sql(
            """
            update action set owner_id = :owner, version = version + 1, updated_at = now(),
                   updated_by = :actor
             where id = :id
            """)
        .param("owner", owner.value())
        .param("actor", actorId())
        .param("id", id.value())
        .update();
    audit.changed("UPDATE", "action", id, "owner " + row.owner() + " -> " + owner);
    notifications.assigned(
        implementations.get(implementation).name(),
        implementation.toString(),
        id,
        row.title(),
        owner,
        row.dueDate(),
        row.measure());
  }

  /**
   * Gives the lead one task for each action of the implementation that is overdue and has not had
   * one yet. Called when the plan is looked at, so a plan no one opens flags nothing.
   *
   * @return how many tasks were given
   */
  @PreAuthorize(READERS)
  @Transactional
  public int flagOverdue(ImplementationId implementation) {
    Implementation rollout = implementations.get(implementation);
    LocalDate today = LocalDate.now(clock);
    List<Row> overdue =
        jdbc.sql(
                SELECT
                    + """
                     where implementation_id = ? and overdue_task_id is null
                       and status in ('PLANNED', 'IN_PROGRESS') and due_date < ?
                     for update
                    """)
            .params(implementation.value(), today)
            .query(this::row)
            .list();
    if (overdue.isEmpty()) {
      return 0;
    }
    Map<AccountId, String> names = names();
    AccountId firstLead =
        accounts.list().stream()
            .filter(account -> account.enabled() && account.roles().contains(Role.LEAD))
            .map(AccountSummary::id)
            .findFirst()
            .orElse(null);
    int given = 0;
    for (Row row : overdue) {
      AccountId lead = row.lead() != null ? row.lead() : firstLead;
      if (lead == null || row.dueDate() == null) {
        continue;
      }
      UUID task =
          notifications.overdue(
              rollout.name(),
              implementation.toString(),
              row.id(),
              row.title(),
              names.getOrDefault(row.owner(), "?"),
              row.dueDate(),
              lead);
      jdbc.sql("update action set overdue_task_id = ? where id = ?")
          .params(task, row.id().value())
          .update();
      given++;
    }
    return given;
  }

  private Row require(ImplementationId implementation, ActionId id) {
    return jdbc.sql(SELECT + " where id = ? and implementation_id = ?")
        .params(id.value(), implementation.value())
        .query(this::row)
        .optional()
        .orElseThrow(() -> new NotFoundException("action"));
  }

  private List<Action> view(List<Row> rows) {
    Map<AccountId, String> names = names();
    LocalDate today = LocalDate.now(clock);
    return rows.stream()
        .map(
            row ->
                new Action(
                    row.id(),
                    row.title(),
                    row.strategyCode(),
                    row.owner(),
                    names.getOrDefault(row.owner(), "?"),
                    row.consulted().stream().map(p -> names.getOrDefault(p, "?")).sorted().toList(),
                    row.informed().stream().map(p -> names.getOrDefault(p, "?")).sorted().toList(),
                    row.dueDate(),
                    row.status(),
                    row.measure(),
                    row.determinants(),
                    row.risk(),
                    Action.overdue(row.status(), row.dueDate(), today)))
        .toList();
  }

  private Map<AccountId, String> names() {
    return accounts.list().stream()
        .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
  }

  private Row row(ResultSet rs, int row) throws SQLException {
    UUID lead = rs.getObject("lead_id", UUID.class);
    return new Row(
        new ActionId(rs.getObject("id", UUID.class)),
        rs.getString("title"),
        rs.getString("strategy_code"),
        new AccountId(rs.getObject("owner_id", UUID.class)),
        uuids(rs.getArray("consulted_ids")).stream().map(AccountId::new).toList(),
        uuids(rs.getArray("informed_ids")).stream().map(AccountId::new).toList(),
        rs.getObject("due_date", LocalDate.class),
        ActionStatus.valueOf(rs.getString("status")),
        rs.getString("measure"),
        uuids(rs.getArray("determinant_ids")).stream().map(DeterminantId::new).toList(),
        rs.getObject("risk_id", UUID.class),
        rs.getObject("overdue_task_id", UUID.class),
        lead == null ? null : new AccountId(lead));
  }

  private static List<UUID> uuids(@Nullable Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray()).map(value -> (UUID) value).toList();
  }

  /** Arrays go to PostgreSQL as comma-separated text: ids never contain a comma. */
  private static String joined(Collection<?> values) {
    return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static @Nullable UUID actorId() {
    return CurrentUser.accountId().map(AccountId::value).orElse(null);
  }
}
