package org.uptake.champion;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * Champion assignments of the current organisation. Leads and admins name and end them; everyone
 * who works with champions may read them.
 */
@Service
public class Champions {

  static final String READERS =
      "hasAnyRole('ADMIN','LEAD','MANAGER','CHAMPION','RESEARCHER') or @systemWork.active()";
  static final String WRITERS = "hasAnyRole('ADMIN','LEAD') or @systemWork.active()";
  private static final String SUB_ROLE_PREFIX = "champion.";

  private final JdbcClient jdbc;
  private final Units units;
  private final Accounts accounts;
  private final Frameworks frameworks;
  private final AuditTrail audit;
  private final Clock clock;

  Champions(
      JdbcClient jdbc,
      Units units,
      Accounts accounts,
      Frameworks frameworks,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.units = units;
    this.accounts = accounts;
    this.frameworks = frameworks;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every assignment, current ones first. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<ChampionAssignment> list() {
    return jdbc.sql("select * from champion_assignment order by until nulls first, since desc")
        .query(Champions::assignment)
        .list();
  }

  /** The champions working in the unit now. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<AccountId> of(UnitId unit) {
    return jdbc.sql(
            "select account_id from champion_assignment where unit_id = ? and until is null order by since")
        .param(unit.value())
        .query((rs, row) -> new AccountId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** The units where the account is a champion now. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<UnitId> unitsOf(AccountId champion) {
    return jdbc.sql(
            "select unit_id from champion_assignment where account_id = ? and until is null")
        .param(champion.value())
        .query((rs, row) -> new UnitId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** Accounts that can be named champion: enabled, with the champion role. */
  @PreAuthorize(WRITERS)
  @Transactional(readOnly = true)
  public List<AccountSummary> candidates() {
    return accounts.list().stream()
        .filter(account -> account.enabled() && account.roles().contains(Role.CHAMPION))
        .toList();
  }

  /**
   * Names a champion for a unit.
   *
   * @throws NotFoundException for a unit or account of no one here
   * @throws ChampionRuleException for an account without the champion role, an unknown sub-role, or
   *     a champion already assigned to that unit
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public UUID assign(NewChampionAssignment assignment) {
    units.get(assignment.unit());
    if (candidates().stream().noneMatch(a -> a.id().equals(assignment.champion()))) {
      if (!accounts.exists(assignment.champion())) {
        throw new NotFoundException("account");
      }
      throw new ChampionRuleException("champion.not-a-champion");
    }
    for (String code : assignment.subRoles()) {
      if (!code.startsWith(SUB_ROLE_PREFIX) || !frameworks.isKnown(code)) {
        throw new ChampionRuleException("champion.sub-role.unknown");
      }
    }
    try {
      UUID id =
          jdbc.sql(
                  """
                  insert into champion_assignment
                    (organisation_id, unit_id, account_id, sub_roles, hours_per_week, since,
                     created_by, updated_by)
                  values (:organisation, :unit, :account, :roles, :hours, :since, :actor, :actor)
                  returning id
                  """)
              .param("organisation", TenantContext.require().value())
              .param("unit", assignment.unit().value())
              .param("account", assignment.champion().value())
              .param("roles", assignment.subRoles().stream().sorted().toArray(String[]::new))
              .param("hours", assignment.hoursPerWeek())
              .param("since", assignment.since())
              .param("actor", actor())
              .query(UUID.class)
              .single();
      audit.changed("CREATE", "champion_assignment", id, null);
      return id;
    } catch (DuplicateKeyException e) {
      throw new ChampionRuleException("champion.already-assigned");
    }
  }

  /** Ends an assignment today (the record stays, for the unit's history). */
  @PreAuthorize(WRITERS)
  @Transactional
  public void end(UUID assignment) {
    LocalDate today = LocalDate.now(clock);
    int updated =
        jdbc.sql(
                """
                update champion_assignment
                   set until = greatest(since, :today), updated_at = now(), updated_by = :actor
                 where id = :id and until is null
                """)
            .param("today", today)
            .param("actor", actor())
            .param("id", assignment)
            .update();
    if (updated == 0) {
      throw new NotFoundException("champion_assignment");
    }
    audit.changed("END", "champion_assignment", assignment, null);
  }

  private static @org.jspecify.annotations.Nullable UUID actor() {
    return CurrentUser.accountId().map(AccountId::value).orElse(null);
  }

  private static ChampionAssignment assignment(ResultSet rs, int row) throws SQLException {
    Array roles = rs.getArray("sub_roles");
    return new ChampionAssignment(
        rs.getObject("id", UUID.class),
        new UnitId(rs.getObject("unit_id", UUID.class)),
        new AccountId(rs.getObject("account_id", UUID.class)),
        Arrays.asList((String[]) roles.getArray()),
        rs.getObject("hours_per_week", BigDecimal.class),
        rs.getObject("since", LocalDate.class),
        rs.getObject("until", LocalDate.class));
  }
}
