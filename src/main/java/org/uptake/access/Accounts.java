package org.uptake.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.platform.TenantContext;

/** The accounts of the current organisation. */
@Service
public class Accounts {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final AccessProperties properties;
  private final AuditTrail audit;

  Accounts(
      JdbcClient jdbc, PasswordEncoder passwords, AccessProperties properties, AuditTrail audit) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.properties = properties;
    this.audit = audit;
  }

  /**
   * Opens an account in the current organisation.
   *
   * @throws WeakPasswordException if the password is shorter than {@code
   *     uptake.access.min-password-length}
   * @throws UsernameTakenException if any organisation already has the username
   */
  @PreAuthorize("hasRole('ADMIN') or @systemWork.active()")
  @Transactional
  public AccountId create(NewAccount account) {
    if (account.password() != null
        && account.password().length() < properties.minPasswordLength()) {
      throw new WeakPasswordException(properties.minPasswordLength());
    }
    boolean taken =
        jdbc.sql("select exists (select 1 from uptake_auth_account(?))")
            .param(account.username())
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new UsernameTakenException(account.username());
    }
    UUID id =
        jdbc.sql(
                """
                insert into account (organisation_id, username, display_name, email, password_hash, roles, staff_id,
                                     created_by, updated_by)
                values (:organisation, :username, :displayName, :email, :hash, :roles, :staff, :actor, :actor)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("username", account.username())
            .param("displayName", account.displayName())
            .param("email", account.email())
            .param("hash", account.password() == null ? null : passwords.encode(account.password()))
            .param(
                "roles", account.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
            .param("staff", account.staffId())
            .param("actor", CurrentUser.accountId().map(AccountId::value).orElse(null))
            .query(UUID.class)
            .single();
    audit.changed("CREATE", "account", id, "roles=" + account.roles());
    return new AccountId(id);
  }

  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<AccountSummary> list() {
    return jdbc.sql(
            """
            select id, username, display_name, roles, enabled, locked_until, last_login_at
              from account order by display_name
            """)
        .query(
            (rs, row) -> {
              Timestamp locked = rs.getTimestamp("locked_until");
              Timestamp last = rs.getTimestamp("last_login_at");
              return new AccountSummary(
                  new AccountId(rs.getObject("id", UUID.class)),
                  rs.getString("username"),
                  rs.getString("display_name"),
                  AccountRows.roles(rs.getArray("roles")),
                  rs.getBoolean("enabled"),
                  locked != null && locked.toInstant().isAfter(Instant.now()),
                  last == null ? null : last.toInstant());
            })
        .list();
  }

  /**
   * Whether the account belongs to the current organisation. (A foreign key alone would also accept
   * another organisation's account: key checks do not see row-level security.)
   */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public boolean exists(AccountId id) {
    return jdbc.sql("select exists (select 1 from account where id = ?)")
        .param(id.value())
        .query(Boolean.class)
        .single();
  }

  /** The staff member an account belongs to, if it is linked to one. */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public java.util.Optional<UUID> staffOf(AccountId id) {
    return jdbc.sql("select staff_id from account where id = ? and staff_id is not null")
        .param(id.value())
        .query(UUID.class)
        .optional();
  }

  /** The enabled account of a staff member, if they have one. */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public java.util.Optional<AccountId> ofStaff(UUID staff) {
    return jdbc.sql("select id from account where staff_id = ? and enabled limit 1")
        .param(staff)
        .query(UUID.class)
        .optional()
        .map(AccountId::new);
  }

  /** What an admin may change on an account; the username stays. */
  public record AccountChanges(
      String displayName, @Nullable String email, Set<Role> roles, boolean enabled) {
    public AccountChanges {
      if (displayName.isBlank()) {
        throw new IllegalArgumentException("display name required");
      }
      if (roles.isEmpty()) {
        throw new IllegalArgumentException("an account needs at least one role");
      }
      roles = Set.copyOf(roles);
    }
  }

  /**
   * Changes an account's name, e-mail, roles and whether it may sign in.
   *
   * @throws LastAdminException if the change would leave the organisation without an enabled admin
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void update(AccountId id, AccountChanges changes) {
    boolean losesAdmin = !changes.enabled() || !changes.roles().contains(Role.ADMIN);
    if (losesAdmin) {
      Integer otherAdmins =
          jdbc.sql(
                  "select count(*) from account where enabled and 'ADMIN' = any(roles) and id <> ?")
              .param(id.value())
              .query(Integer.class)
              .single();
      if (otherAdmins == 0) {
        throw new LastAdminException();
      }
    }
    int updated =
        jdbc.sql(
                """
                update account set display_name = :name, email = :email, roles = :roles, enabled = :enabled,
                       updated_at = now(), updated_by = :actor
                 where id = :id
                """)
            .param("id", id.value())
            .param("name", changes.displayName().strip())
            .param(
                "email",
                changes.email() == null || changes.email().isBlank()
                    ? null
                    : changes.email().strip())
            .param(
                "roles", changes.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
            .param("enabled", changes.enabled())
            .param("actor", CurrentUser.accountId().map(AccountId::value).orElse(null))
            .update();
    if (updated == 0) {
      throw new AccountNotFoundException();
    }
    audit.changed(
        "UPDATE", "account", id, "roles=" + changes.roles() + " enabled=" + changes.enabled());
  }

  /** An account with its e-mail, for the admin's edit form. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public AccountChanges changesOf(AccountId id) {
    return jdbc.sql("select display_name, email, roles, enabled from account where id = ?")
        .param(id.value())
        .query(
            (rs, row) ->
                new AccountChanges(
                    rs.getString("display_name"),
                    rs.getString("email"),
                    AccountRows.roles(rs.getArray("roles")),
                    rs.getBoolean("enabled")))
        .optional()
        .orElseThrow(AccountNotFoundException::new);
  }

  /**
   * Remembers the language the signed-in person uses, so work assigned to them is written in it.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public void rememberLanguage(java.util.Locale locale) {
    java.util.Locale supported = org.uptake.platform.Languages.supported(locale);
    CurrentUser.find()
        .filter(user -> supported != null)
        .ifPresent(
            user ->
                jdbc.sql("update account set locale = ? where id = ? and locale is distinct from ?")
                    .params(
                        supported.getLanguage(), user.accountId().value(), supported.getLanguage())
                    .update());
  }

  /**
   * The language a person last used in Uptake, if they have signed in since languages were kept.
   */
  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public java.util.Optional<java.util.Locale> languageOf(AccountId id) {
    return jdbc.sql("select locale from account where id = ? and locale is not null")
        .param(id.value())
        .query(String.class)
        .optional()
        .map(java.util.Locale::forLanguageTag);
  }

  /** Lifts a lock from repeated failed sign-ins. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void unlock(AccountId id) {
    int updated =
        jdbc.sql(
                "update account set failed_attempts = 0, locked_until = null, updated_at = now() where id = ?")
            .param(id.value())
            .update();
    if (updated == 0) {
      throw new AccountNotFoundException();
    }
    audit.changed("UNLOCK", "account", id, null);
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<AuditEntry> auditTrail(int limit) {
    return jdbc.sql(
            """
            select e.at, a.display_name, e.action, e.entity_type, e.entity_id, e.detail
              from audit_event e left join account a on a.id = e.account_id
             order by e.at desc, e.id desc limit :limit
            """)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new AuditEntry(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("display_name"),
                    rs.getString("action"),
                    rs.getString("entity_type"),
                    rs.getString("entity_id"),
                    rs.getString("detail")))
        .list();
  }

  /** The account does not exist in this organisation. */
  public static final class AccountNotFoundException extends RuntimeException {
    AccountNotFoundException() {
      super("account not found");
    }
  }

  /** The change would leave the organisation with no one able to administer it. */
  public static final class LastAdminException extends RuntimeException {
    LastAdminException() {
      super("last admin");
    }
  }

  /** The password is too short. */
  public static final class WeakPasswordException extends RuntimeException {
    private final int minLength;

    WeakPasswordException(int minLength) {
      super("password too short");
      this.minLength = minLength;
    }

    public int minLength() {
      return minLength;
    }
  }

  /** The username is in use. */
  public static final class UsernameTakenException extends RuntimeException {
    UsernameTakenException(String username) {
      super("username taken");
    }
  }
}
