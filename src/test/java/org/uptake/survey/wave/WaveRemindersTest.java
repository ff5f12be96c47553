package org.uptake.survey.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.SystemWork;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.survey.InstrumentId;

/**
 * The morning job through a real SMTP server: reminders go to those who have not answered, every so
 * many days up to the most allowed, each with a new link; a wave past its closing day is closed and
 * reminds no one.
 */
@UptakeTest
class WaveRemindersTest {

  @Autowired Fixtures fixtures;
  @Autowired WaveFixtures waveFixtures;
  @Autowired Responses responses;
  @Autowired ReminderJob job;
  @Autowired SystemWork systemWork;
  @Autowired MockMvc mvc;

  Fixtures.Tenant tenant;
  InstrumentId instrument;

  @BeforeEach
  void setUp() throws Exception {
    waveFixtures.purgeMail();
    tenant = fixtures.tenant();
    instrument = waveFixtures.instrument(tenant);
    waveFixtures.staff(
        tenant, "nurse", 3, tenant.units().getLast(), ProfessionalGroup.PRACTICAL_NURSE);
  }

  private int runJob() {
    return systemWork.run(tenant.id(), () -> job.runForCurrent());
  }

  private void daysPass(WaveId wave, int days) {
    waveFixtures.sql(
        tenant,
        jdbc ->
            jdbc.sql(
                    """
                    update survey_invitation set invited_on = invited_on - :days,
                           last_reminded_on = last_reminded_on - :days
                     where wave_id = :wave
                    """)
                .param("days", days)
                .param("wave", wave.value())
                .update());
  }

  @Test
  void remindersGoOnlyToThoseWhoHaveNotAnsweredWithANewLinkUpToTheMost() throws Exception {
    WaveId wave =
        waveFixtures.open(
            tenant,
            instrument,
            true,
            List.of(tenant.units().getLast()),
            LocalDate.now(),
            LocalDate.now().plusDays(30),
            3,
            2);
    Map<String, String> invitations = waveFixtures.links();
    String answered = WaveFixtures.email(tenant, "nurse", 1);
    String waiting = WaveFixtures.email(tenant, "nurse", 2);
    responses.submit(
        invitations.get(answered), Map.of("a_q1", List.of("3"), "a_q3", List.of("yes")));
    responses.save(invitations.get(waiting), Map.of("a_q1", List.of("2")));
    waveFixtures.purgeMail();

    assertThat(runJob()).as("not due on the day of the invitation").isZero();
    daysPass(wave, 3);
    assertThat(runJob()).isEqualTo(2);
    Map<String, String> reminders = waveFixtures.links();
    assertThat(reminders.keySet())
        .containsExactlyInAnyOrder(waiting, WaveFixtures.email(tenant, "nurse", 3));

    assertThat(
            mvc.perform(get("/answer/" + invitations.get(waiting)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .as("the link of the first mail still works, with the saved answers")
        .contains("saved answers are filled in");
    String page =
        mvc.perform(get("/answer/" + reminders.get(waiting)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("saved answers are filled in");

    waveFixtures.purgeMail();
    assertThat(runJob()).as("not due again the same day").isZero();
    daysPass(wave, 3);
    assertThat(runJob()).as("the second and last reminder").isEqualTo(2);
    daysPass(wave, 3);
    assertThat(runJob()).as("no more than two").isZero();
    assertThat(waveFixtures.links()).hasSize(2);

    responses.submit(reminders.get(waiting), Map.of("a_q1", List.of("4"), "a_q3", List.of("no")));
    assertThat(
            mvc.perform(get("/answer/" + invitations.get(waiting)))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("once answered through one link, every link of the invitation is refused")
        .isEqualTo(410);
  }

  @Test
  void aWavePastItsClosingDayIsClosedAndRemindsNoOne() throws Exception {
    WaveId wave =
        waveFixtures.open(
            tenant,
            instrument,
            true,
            List.of(tenant.units().getLast()),
            LocalDate.now().minusDays(10),
            LocalDate.now().minusDays(1),
            1,
            5);
    assertThat(waveFixtures.links()).as("the invitations").hasSize(3);
    daysPass(wave, 5);
    waveFixtures.purgeMail();

    assertThat(runJob()).isZero();
    assertThat(waveFixtures.links()).isEmpty();
    assertThat(
            waveFixtures.count(
                tenant,
                "select count(*) from survey_wave where id = :wave and status = 'CLOSED'",
                wave.value()))
        .isEqualTo(1);
  }
}
