package org.uptake.access;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.platform.TenantContext;

/**
 * Who read or changed personal data, and when. A change is recorded in the transaction that makes
 * it, so both or neither are kept; a read is recorded on its own, since reads often run in
 * read-only transactions. Details name ids and counts, never personal data.
 */
@Component
public class AuditTrail {

  private final JdbcClient jdbc;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void changed(
      String action, String entityType, @Nullable Object entityId, @Nullable String detail) {
    insert(action, entityType, entityId, detail);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void read(String entityType, @Nullable Object entityId, @Nullable String detail) {
    insert("READ", entityType, entityId, detail);
  }

  private void insert(
      String action, String entityType, @Nullable Object entityId, @Nullable String detail) {
    jdbc.sql(
            """
            insert into audit_event (organisation_id, account_id, action, entity_type, entity_id, detail)
            values (:organisation, :account, :action, :type, :id, :detail)
            """)
        .param("organisation", TenantContext.require().value())
        .param("account", CurrentUser.accountId().map(AccountId::value).orElse(null))
        .param("action", action)
        .param("type", entityType)
        .param("id", entityId == null ? null : entityId.toString())
        .param("detail", detail)
        .update();
  }
}
