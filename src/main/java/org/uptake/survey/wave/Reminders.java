package org.uptake.survey.wave;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.notification.Mail;
import org.uptake.notification.Outbox;
import org.uptake.organisation.Organisations;

/**
 * Reminders to people invited to an open wave who have not answered: every {@code
 * reminder_every_days} after the invitation or the last reminder, at most {@code max_reminders},
 * never after the closing day. Since only the hash of a link is kept, a reminder carries a new link
 * and the earlier one stops working; saved progress belongs to the invitation, so it is not lost.
 */
@Service
public class Reminders {

  private static final int CHUNK = 5_000;

  private record Due(UUID wave, UUID staff, String email, String name, LocalDate closesOn) {}

  private final JdbcClient jdbc;
  private final InvitationMails mails;
  private final Outbox outbox;
  private final Organisations organisations;
  private final Clock clock;

  Reminders(
      JdbcClient jdbc,
      InvitationMails mails,
      Outbox outbox,
      Organisations organisations,
      Clock clock) {
    this.jdbc = jdbc;
    this.mails = mails;
    this.outbox = outbox;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** Sends the reminders due today in the current organisation; returns how many. */
  @PreAuthorize("@systemWork.active()")
  @Transactional
  public int sendDue() {
    LocalDate today = LocalDate.now(clock);
    List<Due> due =
        jdbc.sql(
                """
                select i.wave_id, i.staff_id, s.email, w.name, w.closes_on
                  from survey_invitation i
                  join survey_wave w on w.id = i.wave_id
                  join staff s on s.id = i.staff_id
                 where w.status = 'OPEN' and w.reminder_every_days is not null
                   and :today between w.opens_on and w.closes_on
                   and i.answered_on is null and i.reminders < w.max_reminders
                   and coalesce(i.last_reminded_on, i.invited_on) + w.reminder_every_days <= :today
                   and s.active and s.email like '%_@_%'
                 order by i.wave_id, i.staff_id
                   for update of i
                """)
            .param("today", today)
            .query(
                (rs, row) ->
                    new Due(
                        rs.getObject("wave_id", UUID.class),
                        rs.getObject("staff_id", UUID.class),
                        rs.getString("email").strip(),
                        rs.getString("name"),
                        rs.getObject("closes_on", LocalDate.class)))
            .list();
    if (due.isEmpty()) {
      return 0;
    }
    Locale language = organisations.language();
    List<Mail> letters = new ArrayList<>(due.size());
    List<String> hashes = new ArrayList<>(due.size());
    for (Due one : due) {
      String secret = InvitationSecrets.newSecret();
      hashes.add(InvitationSecrets.hexHash(secret));
      letters.add(mails.reminder(one.email(), secret, one.name(), one.closesOn(), language));
    }
    for (int from = 0; from < due.size(); from += CHUNK) {
      int to = Math.min(due.size(), from + CHUNK);
      List<Due> chunk = due.subList(from, to);
      // the earlier link keeps working (V17): its hash moves to the invitation's other links
      jdbc.sql(
              """
              insert into survey_invitation_link (token_hash, organisation_id, wave_id, staff_id)
              select i.token_hash, i.organisation_id, i.wave_id, i.staff_id
                from survey_invitation i
                join unnest(cast(:waves as uuid[]), cast(:staff as uuid[])) as t (wave, staff)
                  on i.wave_id = t.wave and i.staff_id = t.staff
              """)
          .param("waves", chunk.stream().map(d -> d.wave().toString()).toArray(String[]::new))
          .param("staff", chunk.stream().map(d -> d.staff().toString()).toArray(String[]::new))
          .update();
      jdbc.sql(
              """
              update survey_invitation i
                 set token_hash = decode(t.hash, 'hex'), reminders = i.reminders + 1,
                     last_reminded_on = :today
                from unnest(cast(:waves as uuid[]), cast(:staff as uuid[]), cast(:hashes as text[]))
                     as t (wave, staff, hash)
               where i.wave_id = t.wave and i.staff_id = t.staff
              """)
          .param("today", today)
          .param("waves", chunk.stream().map(d -> d.wave().toString()).toArray(String[]::new))
          .param("staff", chunk.stream().map(d -> d.staff().toString()).toArray(String[]::new))
          .param("hashes", hashes.subList(from, to).toArray(String[]::new))
          .update();
    }
    outbox.queueAll(letters);
    return due.size();
  }
}
