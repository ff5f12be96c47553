package org.uptake.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.platform.OrganisationId;
import org.uptake.platform.TenantContext;

/**
 * Sends what the outbox holds. A batch is first claimed for a while (so another node or run leaves
 * it alone), then sent over one SMTP connection with no transaction open, then marked sent or
 * failed. A crash between sending and marking sends that batch again once the claim lapses: at
 * least once, never lost.
 */
@Component
class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final ObjectProvider<JavaMailSender> sender;
  private final NotificationProperties properties;

  OutboxRelay(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      ObjectProvider<JavaMailSender> sender,
      NotificationProperties properties) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.sender = sender;
    this.properties = properties;
  }

  /** One pass: every organisation with mail due, until none is left; returns messages sent. */
  int run() {
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      return 0;
    }
    int sent = 0;
    for (UUID organisation : jdbc.sql("select uptake_outbox_due()").query(UUID.class).list()) {
      sent += TenantContext.runAs(new OrganisationId(organisation), () -> drain(mail));
    }
    jdbc.sql("select uptake_outbox_purge(:keep::interval)")
        .param("keep", properties.keepSent().toSeconds() + " seconds")
        .query(Integer.class)
        .single();
    return sent;
  }

  private int drain(JavaMailSender mail) {
    int sent = 0;
    while (true) {
      List<Claimed> batch = transaction.execute(status -> claim());
      if (batch == null || batch.isEmpty()) {
        return sent;
      }
      Outcome outcome = send(mail, batch);
      transaction.executeWithoutResult(status -> record(outcome));
      sent += outcome.sent().size();
      if (!outcome.failed().isEmpty() || batch.size() < properties.batchSize()) {
        // Either the server is refusing (try again after the back-off, not in a tight loop) or
        // there is nothing more to take.
        return sent;
      }
    }
  }

  private List<Claimed> claim() {
    return jdbc.sql(
            """
            update outbox_mail m set claimed_until = now() + :claim::interval
             where m.id in (select id from outbox_mail
                             where sent_at is null and failed_at is null and next_attempt_at <= now()
                               and (claimed_until is null or claimed_until < now())
                             order by next_attempt_at, created_at
                             limit :batch
                             for update skip locked)
            returning m.id, m.recipient, m.subject, m.body, m.attempts
            """)
        .param("claim", properties.claim().toSeconds() + " seconds")
        .param("batch", properties.batchSize())
        .query(
            (rs, row) ->
                new Claimed(
                    rs.getObject("id", UUID.class),
                    rs.getString("recipient"),
                    rs.getString("subject"),
                    rs.getString("body"),
                    rs.getInt("attempts")))
        .list();
  }

  private Outcome send(JavaMailSender mail, List<Claimed> batch) {
    Map<MimeMessage, Claimed> messages = new IdentityHashMap<>();
    List<Failure> failed = new ArrayList<>();
    for (Claimed claimed : batch) {
      try {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(claimed.recipient());
        helper.setSubject(claimed.subject());
        helper.setText(claimed.body());
        messages.put(message, claimed);
      } catch (MessagingException e) {
        failed.add(new Failure(claimed, reason(e)));
      }
    }
    List<Claimed> sent = new ArrayList<>(messages.values());
    if (!messages.isEmpty()) {
      try {
        mail.send(messages.keySet().toArray(MimeMessage[]::new));
      } catch (MailSendException e) {
        Set<Object> refused = e.getFailedMessages().keySet();
        if (refused.isEmpty()) {
          failed.addAll(failAll(sent, e));
          sent.clear();
        } else {
          for (Object message : refused) {
            Claimed claimed = messages.get(message);
            if (claimed != null) {
              sent.remove(claimed);
              failed.add(new Failure(claimed, reason(e.getFailedMessages().get(message))));
            }
          }
        }
      } catch (MailException e) {
        failed.addAll(failAll(sent, e));
        sent.clear();
      }
    }
    if (!failed.isEmpty()) {
      // The reason names an exception type and SMTP code, never an address or a text.
      log.warn("{} of {} messages not accepted by the mail server", failed.size(), batch.size());
    }
    return new Outcome(sent, failed);
  }

  private static List<Failure> failAll(List<Claimed> claimed, Exception e) {
    return claimed.stream().map(c -> new Failure(c, reason(e))).toList();
  }

  private void record(Outcome outcome) {
    if (!outcome.sent().isEmpty()) {
      jdbc.sql(
              """
              update outbox_mail set sent_at = now(), body = null, claimed_until = null
               where id = any(:ids)
              """)
          .param("ids", outcome.sent().stream().map(Claimed::id).toArray(UUID[]::new))
          .update();
    }
    for (Failure failure : outcome.failed()) {
      int attempts = failure.claimed().attempts() + 1;
      boolean giveUp = attempts >= properties.maxAttempts();
      Duration wait = properties.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
      jdbc.sql(
              """
              update outbox_mail
                 set attempts = :attempts, last_error = :reason, claimed_until = null,
                     next_attempt_at = now() + :wait::interval,
                     failed_at = case when :giveUp then now() end
               where id = :id
              """)
          .param("attempts", attempts)
          .param("reason", failure.reason())
          .param("wait", wait.toSeconds() + " seconds")
          .param("giveUp", giveUp)
          .param("id", failure.claimed().id())
          .update();
    }
  }

  /** A reason that is safe to store and show: the chain of exception types, no addresses. */
  static String reason(Throwable e) {
    StringBuilder reason = new StringBuilder();
    for (Throwable t = e; t != null && reason.length() < 200; t = t.getCause()) {
      if (!reason.isEmpty()) {
        reason.append(" ← ");
      }
      reason.append(t.getClass().getSimpleName());
    }
    return reason.toString();
  }

  private record Claimed(UUID id, String recipient, String subject, String body, int attempts) {}

  private record Failure(Claimed claimed, String reason) {}

  private record Outcome(List<Claimed> sent, List<Failure> failed) {}
}
