package org.uptake.survey.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.AccountId;
import org.uptake.access.Role;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.StaffId;
import org.uptake.survey.InstrumentId;

/**
 * A person with an account finds the wave in their inbox, answers it signed in, and the task is
 * done; someone signed in cannot answer another's invitation or another organisation's wave.
 */
@UptakeTest
class WaveInboxTest {

  @Autowired Fixtures fixtures;
  @Autowired WaveFixtures waveFixtures;
  @Autowired UserDetailsService users;
  @Autowired MockMvc mvc;

  Fixtures.Tenant tenant;
  InstrumentId instrument;
  AccountId nurse;

  @BeforeEach
  void setUp() throws Exception {
    waveFixtures.purgeMail();
    tenant = fixtures.tenant();
    instrument = waveFixtures.instrument(tenant);
    List<StaffId> staff =
        waveFixtures.staff(
            tenant, "nurse", 1, tenant.units().getFirst(), ProfessionalGroup.REGISTERED_NURSE);
    nurse = waveFixtures.account(tenant, staff.getFirst(), "nurse1");
  }

  private RequestPostProcessor asNurse() {
    return user(users.loadUserByUsername(tenant.key() + ".nurse1"));
  }

  private String taskStatus() {
    return waveFixtures.sql(
        tenant,
        jdbc ->
            jdbc.sql("select status from task where assignee_id = :me and origin_module = 'survey'")
                .param("me", nurse.value())
                .query(String.class)
                .single());
  }

  @Test
  void theInboxTaskLeadsToTheFormAndIsDoneOnceAnswered() throws Exception {
    WaveId wave =
        waveFixtures.open(
            tenant,
            instrument,
            true,
            List.of(),
            LocalDate.now(),
            LocalDate.now().plusDays(7),
            null,
            0);
    assertThat(taskStatus()).isEqualTo("OPEN");
    String link = "/waves/" + wave + "/answer";
    assertThat(
            mvc.perform(get("/tasks").with(asNurse()))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(link);
    assertThat(
            mvc.perform(get("/waves").with(asNurse()))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(link);

    assertThat(mvc.perform(get(link).with(asNurse())).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    String redirect =
        mvc.perform(
                post(link)
                    .with(asNurse())
                    .with(csrf())
                    .param("action", "send")
                    .param("a_q1", "5")
                    .param("a_q3", "yes"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(redirect).isEqualTo("/answer/thanks");
    assertThat(taskStatus()).isEqualTo("DONE");
    assertThat(
            waveFixtures.count(
                tenant, "select count(*) from survey_response where wave_id = :wave", wave.value()))
        .isEqualTo(1);
    assertThat(mvc.perform(get(link).with(asNurse())).andReturn().getResponse().getStatus())
        .isEqualTo(410);
  }

  @Test
  void closingTheWaveClosesTheTasksOfThoseWhoDidNotAnswer() {
    WaveId wave =
        waveFixtures.open(
            tenant,
            instrument,
            true,
            List.of(),
            LocalDate.now(),
            LocalDate.now().plusDays(7),
            null,
            0);
    fixtures.as(tenant, Role.LEAD, () -> waveFixtures.waves().close(wave));
    assertThat(taskStatus()).isEqualTo("DONE");
  }

  @Test
  void someoneWithoutAnInvitationOrFromAnotherOrganisationIsNotFound() throws Exception {
    WaveId wave =
        waveFixtures.open(
            tenant,
            instrument,
            true,
            List.of(),
            LocalDate.now(),
            LocalDate.now().plusDays(7),
            null,
            0);
    String link = "/waves/" + wave + "/answer";
    assertThat(
            mvc.perform(get(link).with(fixtures.signedIn(tenant, Role.PROFESSIONAL)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    Fixtures.Tenant other = fixtures.tenant();
    assertThat(
            mvc.perform(get(link).with(fixtures.signedIn(other, Role.ADMIN)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }
}
