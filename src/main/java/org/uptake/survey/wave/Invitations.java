package org.uptake.survey.wave;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.access.AccountId;
import org.uptake.access.Accounts;
import org.uptake.notification.Mail;
import org.uptake.notification.Outbox;
import org.uptake.organisation.Organisations;
import org.uptake.task.NewTask;
import org.uptake.task.Tasks;

/**
 * The invitations of a wave: the people listed before it opens, and, on opening, a link secret for
 * each person (only its hash kept), a mail each through the outbox, and an inbox task for those
 * with an account. Runs inside the caller's transaction.
 */
@Component
class Invitations {

  private final JdbcClient jdbc;
  private final WaveAudience audience;
  private final InvitationMails mails;
  private final Outbox outbox;
  private final Tasks tasks;
  private final Accounts accounts;
  private final Organisations organisations;
  private final MessageSource messages;
  private final Clock clock;

  Invitations(
      JdbcClient jdbc,
      WaveAudience audience,
      InvitationMails mails,
      Outbox outbox,
      Tasks tasks,
      Accounts accounts,
      Organisations organisations,
      MessageSource messages,
      Clock clock) {
    this.jdbc = jdbc;
    this.audience = audience;
    this.mails = mails;
    this.outbox = outbox;
    this.tasks = tasks;
    this.accounts = accounts;
    this.organisations = organisations;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Invites the wave's audience; returns how many.
   *
   * @param mail false only for demonstration data, whose mails would have gone out long ago
   */
  int send(Wave wave, boolean mail) {
    WaveId id = wave.id();
    List<WaveAudience.Invitee> invitees =
        wave.staffList() ? audience.ofList(id) : audience.ofGroups(wave.units(), wave.groups());
    if (invitees.isEmpty()) {
      throw new WaveProblem("wave.problem.no-one", "No one in the audience has an email address");
    }
    if (wave.staffList()) {
      jdbc.sql("delete from survey_invitation where wave_id = :id")
          .param("id", id.value())
          .update();
    }
    LocalDate today = LocalDate.now(clock);
    Locale language = organisations.language();
    List<UUID> staff = new ArrayList<>(invitees.size());
    List<String> hashes = new ArrayList<>(invitees.size());
    List<Mail> letters = new ArrayList<>(invitees.size());
    for (WaveAudience.Invitee invitee : invitees) {
      String secret = InvitationSecrets.newSecret();
      staff.add(invitee.staff());
      hashes.add(InvitationSecrets.hexHash(secret));
      if (mail) {
        letters.add(
            mails.invitation(invitee.email(), secret, wave.name(), wave.closesOn(), language));
      }
    }
    audience.insert(id, staff, hashes, today);
    outbox.queueAll(letters);
    for (WaveAudience.Invitee invitee : invitees) {
      if (invitee.account() != null) {
        assignTask(new AccountId(invitee.account()), wave, language);
      }
    }
    return invitees.size();
  }

  /** The people of a staff-list wave before it opens, with placeholder hashes no link matches. */
  void list(WaveId id, List<UUID> staff) {
    if (staff.isEmpty()) {
      return;
    }
    List<String> hashes =
        staff.stream().map(s -> InvitationSecrets.hexHash(InvitationSecrets.newSecret())).toList();
    audience.insert(id, staff, hashes, LocalDate.now(clock));
  }

  /** Marks done the inbox tasks of those who did not answer a wave that has closed. */
  void closeTasks(WaveId id) {
    for (UUID account : audience.accountsNotAnswered(id)) {
      tasks.completeLinked(new AccountId(account), "/waves/" + id + "/answer");
    }
  }

  private void assignTask(AccountId account, Wave wave, Locale organisationLanguage) {
    Locale language = accounts.languageOf(account).orElse(organisationLanguage);
    tasks.assign(
        new NewTask(
            account,
            messages.getMessage("wave.task.title", new Object[] {wave.name()}, language),
            messages.getMessage("wave.task.detail", null, language),
            wave.closesOn(),
            "survey",
            "/waves/" + wave.id() + "/answer"));
  }
}
