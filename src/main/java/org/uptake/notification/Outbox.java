package org.uptake.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * Where modules leave email for sending. A message queued inside a transaction is sent only if that
 * transaction commits; sending happens later, outside any request (see {@code OutboxRelay}).
 */
@Service
public class Outbox {

  /**
   * Rows written per statement when many messages are queued at once (e.g. a wave's invitations).
   */
  private static final int CHUNK = 5_000;

  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> sender;

  Outbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender) {
    this.jdbc = jdbc;
    this.sender = sender;
  }

  /** Queues one message in the current organisation; returns its id in the outbox. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public UUID queue(Mail mail) {
    return jdbc.sql(
            """
            insert into outbox_mail (organisation_id, recipient, subject, body, origin_module)
            values (:organisation, :recipient, :subject, :body, :origin)
            returning id
            """)
        .param("organisation", TenantContext.require().value())
        .param("recipient", mail.to())
        .param("subject", mail.subject())
        .param("body", mail.text())
        .param("origin", mail.originModule())
        .query(UUID.class)
        .single();
  }

  /** Queues many messages in one go; all of them or, if the transaction rolls back, none. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public void queueAll(Collection<Mail> mails) {
    UUID organisation = TenantContext.require().value();
    List<Mail> all = List.copyOf(mails);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Mail> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      jdbc.sql(
              """
              insert into outbox_mail (organisation_id, recipient, subject, body, origin_module)
              select :organisation, m.recipient, m.subject, m.body, m.origin
                from unnest(:recipients, :subjects, :bodies, :origins) as m (recipient, subject, body, origin)
              """)
          .param("organisation", organisation)
          .param("recipients", chunk.stream().map(Mail::to).toArray(String[]::new))
          .param("subjects", chunk.stream().map(Mail::subject).toArray(String[]::new))
          .param("bodies", chunk.stream().map(Mail::text).toArray(String[]::new))
          .param("origins", chunk.stream().map(Mail::originModule).toArray(String[]::new))
          .update();
    }
  }

  /** How the organisation's mail is doing, for its administrator. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public OutboxStatus status() {
    OutboxStatus.Counts counts =
        jdbc.sql(
                """
                select count(*) filter (where sent_at is null and failed_at is null) as waiting,
                       count(*) filter (where sent_at is not null) as sent,
                       count(*) filter (where failed_at is not null) as failed,
                       min(created_at) filter (where sent_at is null and failed_at is null) as oldest_waiting
                  from outbox_mail
                """)
            .query(
                (rs, row) ->
                    new OutboxStatus.Counts(
                        rs.getLong("waiting"),
                        rs.getLong("sent"),
                        rs.getLong("failed"),
                        instant(rs.getTimestamp("oldest_waiting"))))
            .single();
    List<OutboxStatus.Problem> problems =
        jdbc.sql(
                """
                select id, recipient, subject, origin_module, attempts, last_error, created_at, failed_at
                  from outbox_mail
                 where sent_at is null and attempts > 0
                 order by failed_at desc nulls last, created_at desc
                 limit 100
                """)
            .query(
                (rs, row) ->
                    new OutboxStatus.Problem(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("origin_module"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("failed_at") != null))
            .list();
    return new OutboxStatus(sender.getIfAvailable() != null, counts, problems);
  }

  /** Gives a message that was given up another round of attempts. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void retry(UUID message) {
    int updated =
        jdbc.sql(
                """
                update outbox_mail
                   set failed_at = null, attempts = 0, next_attempt_at = now(), claimed_until = null
                 where id = :id and sent_at is null
                """)
            .param("id", message)
            .update();
    if (updated == 0) {
      throw new NotFoundException("mail");
    }
  }

  private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
