package org.uptake.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.UptakeApplication;
import org.uptake.access.SystemWork;
import org.uptake.platform.OrganisationId;
import org.uptake.platform.TenantContext;
import org.uptake.survey.wave.WaveId;
import org.uptake.survey.wave.Waves;

/**
 * A region's invitations from the outbox to a real SMTP server: N staff, a wave opened for all of
 * them (N invitations and N mails queued), then the time until the outbox relay has handed every
 * mail to the SMTP server (GreenMail, in this JVM), checked against the messages the server got.
 * Run with {@code bench/survey-mail.sh [staff]}; figures in docs/benchmarks.md.
 */
public final class MailSendBench {

  private MailSendBench() {}

  public static void main(String[] args) throws Exception {
    int staff = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    Path directory = Path.of("target/bench").toAbsolutePath();
    Files.createDirectories(directory);
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(UptakeApplication.class)
            .properties(
                "uptake.data-dir=" + directory.resolve("mail-" + System.currentTimeMillis()),
                "server.port=0",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtp.getSmtp().getPort(),
                "uptake.notification.poll-interval=1s")
            .run()) {
      OrganisationId organisation = new OrganisationId(UUID.randomUUID());
      SystemWork system = app.getBean(SystemWork.class);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      long seeding = System.nanoTime();
      WaveId wave = WaveLoadBench.seed(app, organisation, staff);
      System.out.printf(Locale.ROOT, "seeded %,d staff in %.1f s%n", staff, secondsSince(seeding));

      long opening = System.nanoTime();
      int invited = system.run(organisation, () -> app.getBean(Waves.class).open(wave));
      double openSeconds = secondsSince(opening);
      System.out.printf(
          Locale.ROOT,
          "opened: %,d invitations and their mails queued in %.1f s%n",
          invited,
          openSeconds);

      long sending = System.nanoTime();
      int waiting = invited;
      while (waiting > 0) {
        Thread.sleep(1_000);
        waiting =
            TenantContext.runAs(
                organisation,
                () ->
                    jdbc.sql(
                            """
                            select count(*) from outbox_mail
                             where origin_module = 'survey' and sent_at is null and failed_at is null
                            """)
                        .query(Integer.class)
                        .single());
        if (secondsSince(sending) > 1_800) {
          throw new IllegalStateException(waiting + " mails still waiting after 30 minutes");
        }
      }
      double sendSeconds = secondsSince(sending);
      int failed =
          TenantContext.runAs(
              organisation,
              () ->
                  jdbc.sql(
                          "select count(*) from outbox_mail where origin_module = 'survey' and failed_at is not null")
                      .query(Integer.class)
                      .single());
      int received = smtp.getReceivedMessages().length;
      System.out.printf(
          Locale.ROOT,
          "sent: %,d mails through the outbox to the SMTP server in %.1f s (%,.0f mails/s, polled"
              + " every second); failed %d; the SMTP server received %,d -> %s%n",
          invited,
          sendSeconds,
          invited / sendSeconds,
          failed,
          received,
          received == invited && failed == 0 ? "OK" : "MISMATCH (not a result)");
      System.out.printf(
          Locale.ROOT,
          "opening and sending together: %.1f s for %,d staff%n",
          openSeconds + sendSeconds,
          invited);
    } finally {
      smtp.stop();
    }
  }

  private static double secondsSince(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
