package org.uptake.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.platform.TenantContext;

/**
 * Personal API tokens. A token is shown once when it is made; only its SHA-256 hash is kept, so a
 * stolen database yields no usable token. A token acts with its owner's roles.
 */
@Service
public class ApiTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  ApiTokens(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** A token as listed on the account page; never the secret itself. */
  public record TokenSummary(
      UUID id,
      String name,
      String prefix,
      Instant createdAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt) {
    public boolean active() {
      return revokedAt == null;
    }
  }

  /** Makes a token for the signed-in person and returns its secret, which is not stored. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public String create(String name) {
    return create(CurrentUser.require().accountId(), name);
  }

  /** Makes a token for an account of this organisation (demo loading, admins). */
  @PreAuthorize("hasRole('ADMIN') or @systemWork.active()")
  @Transactional
  public String createFor(AccountId account, String name) {
    return create(account, name);
  }

  private String create(AccountId account, String name) {
    String trimmed = name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 100) {
      throw new IllegalArgumentException("token name must be 1-100 characters");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "upt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    UUID id =
        jdbc.sql(
                """
                insert into api_token (organisation_id, account_id, name, token_hash, prefix)
                values (?, ?, ?, ?, ?) returning id
                """)
            .params(
                TenantContext.require().value(),
                account.value(),
                trimmed,
                hash(token),
                token.substring(0, 10))
            .query(UUID.class)
            .single();
    audit.changed("CREATE", "api_token", id, null);
    return token;
  }

  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<TokenSummary> mine() {
    return jdbc.sql(
            """
            select id, name, prefix, created_at, last_used_at, revoked_at from api_token
             where account_id = ? order by created_at desc
            """)
        .param(CurrentUser.require().accountId().value())
        .query(
            (rs, row) ->
                new TokenSummary(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("prefix"),
                    rs.getTimestamp("created_at").toInstant(),
                    instant(rs.getTimestamp("last_used_at")),
                    instant(rs.getTimestamp("revoked_at"))))
        .list();
  }

  /**
   * Revokes one of the signed-in person's tokens; returns false if they have no such active token.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public boolean revoke(UUID tokenId) {
    int updated =
        jdbc.sql(
                "update api_token set revoked_at = now() where id = ? and account_id = ? and revoked_at is null")
            .params(tokenId, CurrentUser.require().accountId().value())
            .update();
    if (updated > 0) {
      audit.changed("REVOKE", "api_token", tokenId, null);
    }
    return updated > 0;
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
