package org.uptake.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.platform.OrganisationId;

/** Sign-in look-ups, through the narrow functions that work before a tenant is known. */
@Repository
class AccountRows {

  private final JdbcClient jdbc;

  AccountRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<UptakeUser> byUsername(String username) {
    return jdbc.sql("select * from uptake_auth_account(?)")
        .param(username)
        .query(AccountRows::user)
        .optional();
  }

  Optional<UptakeUser> byOidc(String subject, String username) {
    return jdbc.sql("select * from uptake_auth_oidc(?, ?)")
        .param(subject)
        .param(username)
        .query(AccountRows::user)
        .optional();
  }

  Optional<UptakeUser> byTokenHash(String hash) {
    return jdbc.sql("select * from uptake_auth_token(?)")
        .param(hash)
        .query(AccountRows::user)
        .optional();
  }

  void failed(String username, int maxAttempts, java.time.Duration lock) {
    jdbc.sql("select uptake_auth_failed(?, ?, make_interval(secs => ?))")
        .param(username)
        .param(maxAttempts)
        .param((double) lock.toSeconds())
        .query()
        .listOfRows();
  }

  void succeeded(AccountId account, @org.jspecify.annotations.Nullable String oidcSubject) {
    jdbc.sql("select uptake_auth_succeeded(?, ?)")
        .param(account.value())
        .param(oidcSubject)
        .query()
        .listOfRows();
  }

  static UptakeUser user(ResultSet rs, int row) throws SQLException {
    Timestamp lockedUntil = rs.getTimestamp("locked_until");
    boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now());
    return new UptakeUser(
        new AccountId(rs.getObject("id", UUID.class)),
        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
        rs.getString("username"),
        rs.getString("display_name"),
        roles(rs.getArray("roles")),
        rs.getBoolean("enabled"),
        locked,
        rs.getString("password_hash"),
        null);
  }

  static Set<Role> roles(Array array) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object name : (Object[]) array.getArray()) {
      roles.add(Role.valueOf((String) name));
    }
    return roles;
  }
}
