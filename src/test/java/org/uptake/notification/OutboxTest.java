package org.uptake.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.Fixtures;
import org.uptake.Fixtures.Tenant;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.platform.NotFoundException;

@UptakeTest
class OutboxTest {

  @Autowired Fixtures fixtures;
  @Autowired Outbox outbox;
  @Autowired OutboxRelay relay;
  @Autowired GreenMail greenMail;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired TransactionTemplate transaction;

  // the database owner's connection sees every tenant's rows as they are
  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  JdbcClient owner;

  @BeforeEach
  void emptyMailboxes() throws Exception {
    owner = JdbcClient.create(ownerDataSource);
    relay.run(); // whatever other tests left behind goes out before we count
    greenMail.purgeEmailFromAllMailboxes();
  }

  @Test
  void queuedMailReachesTheSmtpServerAndItsTextIsNotKept() throws Exception {
    Tenant tenant = fixtures.tenant();
    String to = "hoitaja-" + tenant.key() + "@example.org";
    fixtures.as(
        tenant,
        Role.LEAD,
        () ->
            outbox.queue(
                new Mail(
                    to, "Kysely: käyttöönotto", "Hei Åsa, vastaa täällä: https://x/y", "test")));

    assertThat(relay.run()).isGreaterThanOrEqualTo(1);

    MimeMessage[] received = greenMail.getReceivedMessagesForDomain("example.org");
    List<MimeMessage> ours = Arrays.stream(received).filter(m -> recipient(m).equals(to)).toList();
    assertThat(ours).hasSize(1);
    assertThat(ours.getFirst().getSubject()).isEqualTo("Kysely: käyttöönotto");
    assertThat(GreenMailUtil.getBody(ours.getFirst())).isNotBlank();
    assertThat(ours.getFirst().getContent().toString()).contains("Hei Åsa");

    Map<String, Object> row =
        owner
            .sql("select body, sent_at from outbox_mail where organisation_id = :org")
            .param("org", tenant.id().value())
            .query()
            .singleRow();
    assertThat(row.get("body")).isNull();
    assertThat(row.get("sent_at")).isNotNull();
    assertThat(relay.run()).as("a sent message is not sent again").isZero();
  }

  @Test
  void mailQueuedInATransactionThatRollsBackIsNeverSent() {
    Tenant tenant = fixtures.tenant();
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () ->
                        transaction.executeWithoutResult(
                            status -> {
                              outbox.queue(mail("a-" + tenant.key() + "@example.org"));
                              throw new IllegalStateException("the change failed");
                            })))
        .isInstanceOf(IllegalStateException.class);

    relay.run();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(rowsOf(tenant)).isZero();
  }

  @Test
  void aServerThatIsAwayDelaysMailWithBackOffAndLosesNothing() throws Exception {
    Tenant tenant = fixtures.tenant();
    String to = "b-" + tenant.key() + "@example.org";
    fixtures.as(tenant, Role.LEAD, () -> outbox.queue(mail(to)));

    int port = mailSender.getPort();
    mailSender.setPort(closedPort());
    try {
      relay.run();
    } finally {
      mailSender.setPort(port);
    }
    Map<String, Object> afterFailure = rowOf(tenant);
    assertThat(afterFailure.get("attempts")).isEqualTo(1);
    assertThat(afterFailure.get("sent_at")).isNull();
    assertThat((String) afterFailure.get("last_error"))
        .contains("ConnectException")
        .doesNotContain(to);
    assertThat((Boolean) afterFailure.get("waits")).as("next attempt after the back-off").isTrue();

    relay.run();
    assertThat(greenMail.getReceivedMessages()).as("not before its time").isEmpty();

    dueNow(tenant);
    relay.run();
    assertThat(greenMail.getReceivedMessages())
        .extracting(OutboxTest::recipient)
        .containsExactly(to);
  }

  @Test
  void aMessageGivenUpIsShownToTheAdminAndCanBeSentAgain() throws Exception {
    Tenant tenant = fixtures.tenant();
    String to = "c-" + tenant.key() + "@example.org";
    fixtures.as(tenant, Role.LEAD, () -> outbox.queue(mail(to)));

    int port = mailSender.getPort();
    mailSender.setPort(closedPort());
    try {
      for (int attempt = 0; attempt < 8; attempt++) {
        dueNow(tenant);
        relay.run();
      }
    } finally {
      mailSender.setPort(port);
    }
    dueNow(tenant);
    relay.run();
    assertThat(greenMail.getReceivedMessages()).as("given up after 8 attempts").isEmpty();

    OutboxStatus status = fixtures.as(tenant, Role.ADMIN, outbox::status);
    assertThat(status.serverConfigured()).isTrue();
    assertThat(status.counts().failed()).isEqualTo(1);
    assertThat(status.counts().waiting()).isZero();
    assertThat(status.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.recipient()).isEqualTo(to);
              assertThat(p.attempts()).isEqualTo(8);
              assertThat(p.givenUp()).isTrue();
            });

    fixtures.as(tenant, Role.ADMIN, () -> outbox.retry(status.problems().getFirst().id()));
    relay.run();
    assertThat(greenMail.getReceivedMessages())
        .extracting(OutboxTest::recipient)
        .containsExactly(to);
  }

  @Test
  void anotherOrganisationsOutboxIsInvisibleAndItsMessagesCannotBeRetried() {
    Tenant ours = fixtures.tenant();
    Tenant theirs = fixtures.tenant();
    fixtures.as(theirs, Role.LEAD, () -> outbox.queue(mail("d-" + theirs.key() + "@example.org")));
    UUID theirMessage =
        owner
            .sql("select id from outbox_mail where organisation_id = :org")
            .param("org", theirs.id().value())
            .query(UUID.class)
            .single();

    OutboxStatus status = fixtures.as(ours, Role.ADMIN, outbox::status);
    assertThat(status.counts().waiting()).isZero();
    assertThatThrownBy(() -> fixtures.as(ours, Role.ADMIN, () -> outbox.retry(theirMessage)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void manyMessagesAreQueuedTogetherOrNotAtAll() {
    Tenant tenant = fixtures.tenant();
    List<Mail> many = new ArrayList<>();
    for (int i = 0; i < 12_001; i++) {
      many.add(mail("p" + i + "-" + tenant.key() + "@example.org"));
    }
    fixtures.as(tenant, Role.LEAD, () -> outbox.queueAll(many));
    assertThat(rowsOf(tenant)).isEqualTo(12_001);

    Tenant other = fixtures.tenant();
    assertThatThrownBy(
            () ->
                fixtures.as(
                    other,
                    Role.LEAD,
                    () ->
                        transaction.executeWithoutResult(
                            status -> {
                              outbox.queueAll(many);
                              throw new IllegalStateException("invitations not saved");
                            })))
        .isInstanceOf(IllegalStateException.class);
    assertThat(rowsOf(other)).isZero();

    // leave nothing for the next test's relay to send
    owner
        .sql("delete from outbox_mail where organisation_id = :org")
        .param("org", tenant.id().value())
        .update();
  }

  private static Mail mail(String to) {
    return new Mail(to, "Reminder", "Please answer.", "test");
  }

  private long rowsOf(Tenant tenant) {
    return owner
        .sql("select count(*) from outbox_mail where organisation_id = :org")
        .param("org", tenant.id().value())
        .query(Long.class)
        .single();
  }

  private Map<String, Object> rowOf(Tenant tenant) {
    return owner
        .sql(
            """
            select attempts, sent_at, last_error, next_attempt_at > now() as waits
              from outbox_mail where organisation_id = :org
            """)
        .param("org", tenant.id().value())
        .query()
        .singleRow();
  }

  private void dueNow(Tenant tenant) {
    owner
        .sql("update outbox_mail set next_attempt_at = now() where organisation_id = :org")
        .param("org", tenant.id().value())
        .update();
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
