package org.uptake.organisation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The managers of each unit: the people who see the unit's figures and answer for its follow-ups.
 * Only accounts with the manager role can be named.
 */
@Service
public class UnitManagers {

  private final JdbcClient jdbc;
  private final Units units;
  private final Accounts accounts;
  private final AuditTrail audit;

  UnitManagers(JdbcClient jdbc, Units units, Accounts accounts, AuditTrail audit) {
    this.jdbc = jdbc;
    this.units = units;
    this.accounts = accounts;
    this.audit = audit;
  }

  /** The accounts that manage the unit. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<AccountId> of(UnitId unit) {
    return jdbc.sql("select account_id from unit_manager where unit_id = ? order by created_at")
        .param(unit.value())
        .query((rs, row) -> new AccountId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** The units the account manages. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<UnitId> unitsOf(AccountId account) {
    return jdbc.sql("select unit_id from unit_manager where account_id = ?")
        .param(account.value())
        .query((rs, row) -> new UnitId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** Whether the signed-in person manages the unit. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean isMine(UnitId unit) {
    return CurrentUser.accountId()
        .map(
            me ->
                jdbc.sql(
                        "select exists (select 1 from unit_manager where unit_id = ? and account_id = ?)")
                    .params(unit.value(), me.value())
                    .query(Boolean.class)
                    .single())
        .orElse(false);
  }

  /** The accounts that can be named manager of a unit: enabled, with the manager role. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<AccountSummary> candidates() {
    return accounts.list().stream()
        .filter(account -> account.enabled() && account.roles().contains(Role.MANAGER))
        .toList();
  }

  /**
   * Names the unit's managers, replacing the previous ones.
   *
   * @throws NotFoundException for an unknown unit or account
   * @throws NotAManagerException for an account without the manager role
   */
  @PreAuthorize("hasRole('ADMIN') or @systemWork.active()")
  @Transactional
  public void set(UnitId unit, Set<AccountId> managers) {
    units.get(unit);
    Set<AccountId> allowed =
        accounts.list().stream()
            .filter(account -> account.roles().contains(Role.MANAGER))
            .map(AccountSummary::id)
            .collect(java.util.stream.Collectors.toSet());
    for (AccountId manager : managers) {
      if (!accounts.exists(manager)) {
        throw new NotFoundException("account");
      }
      if (!allowed.contains(manager)) {
        throw new NotAManagerException();
      }
    }
    jdbc.sql("delete from unit_manager where unit_id = ?").param(unit.value()).update();
    for (AccountId manager : managers) {
      jdbc.sql(
              """
              insert into unit_manager (organisation_id, unit_id, account_id, created_by)
              values (?, ?, ?, ?)
              """)
          .params(
              TenantContext.require().value(),
              unit.value(),
              manager.value(),
              CurrentUser.accountId().map(AccountId::value).orElse(null))
          .update();
    }
    audit.changed("UPDATE", "unit", unit, "managers: " + managers.size());
  }

  /** Refused: only accounts with the manager role manage units. */
  public static final class NotAManagerException extends RuntimeException {
    NotAManagerException() {
      super("only an account with the manager role can manage a unit");
    }
  }
}
