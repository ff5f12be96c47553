package org.uptake.survey.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.survey.InstrumentId;

/**
 * Answering by personal link, end to end on PostgreSQL and a real SMTP server: the mailed link
 * works once, is refused when the wave is closed, over or not yet open, or belongs to another
 * organisation; progress is saved and restored; missing and out-of-range answers are told and
 * nothing is stored.
 */
@UptakeTest
class WaveAnsweringTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WaveFixtures waves;

  Fixtures.Tenant tenant;
  InstrumentId instrument;

  @BeforeEach
  void setUp() throws Exception {
    waves.purgeMail();
    tenant = fixtures.tenant();
    instrument = waves.instrument(tenant);
    waves.staff(tenant, "nurse", 3, tenant.units().getFirst(), ProfessionalGroup.REGISTERED_NURSE);
  }

  private WaveId openWave(LocalDate opens, LocalDate closes) {
    return waves.open(tenant, instrument, true, List.of(), opens, closes, null, 0);
  }

  private String linkOf(int nurse) throws Exception {
    Map<String, String> links = waves.links();
    String link = links.get(WaveFixtures.email(tenant, "nurse", nurse));
    assertThat(link).as("the invitation mail with a link to nurse " + nurse).isNotNull();
    return link;
  }

  private MvcResult send(String secret, String... fields) throws Exception {
    MockHttpServletRequestBuilder request =
        post("/answer/" + secret).with(csrf()).param("action", "send");
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request).andReturn();
  }

  private int responses(WaveId wave) {
    return waves.count(
        tenant, "select count(*) from survey_response where wave_id = :wave", wave.value());
  }

  @Test
  void theMailedLinkOpensTheFormWithoutSigningInAndWorksOnce() throws Exception {
    WaveId wave = openWave(LocalDate.now(), LocalDate.now().plusDays(14));
    String secret = linkOf(1);

    MvcResult form = mvc.perform(get("/answer/" + secret)).andReturn();
    assertThat(form.getResponse().getStatus()).isEqualTo(200);
    assertThat(form.getResponse().getContentAsString())
        .contains("I use it", "name=\"a_q1\"", "name=\"a_q2\"", "Not at all", "Certainly");

    MvcResult sent = send(secret, "a_q1", "4", "a_q2", "7", "a_q3", "yes");
    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/answer/thanks");
    assertThat(responses(wave)).isEqualTo(1);
    assertThat(
            waves.count(
                tenant,
                "select count(*) from survey_invitation where wave_id = :wave and answered_on is not null",
                wave.value()))
        .isEqualTo(1);

    MvcResult again = mvc.perform(get("/answer/" + secret)).andReturn();
    assertThat(again.getResponse().getStatus()).isEqualTo(410);
    assertThat(again.getResponse().getContentAsString()).contains("already been received");
    MvcResult resent = send(secret, "a_q1", "2", "a_q3", "no");
    assertThat(resent.getResponse().getStatus()).isEqualTo(410);
    assertThat(responses(wave)).as("nothing changed by the second use").isEqualTo(1);
  }

  @Test
  void aLinkNeedsNoSessionAndNoFormToken() throws Exception {
    WaveId wave = openWave(LocalDate.now(), LocalDate.now().plusDays(14));
    String secret = linkOf(2);

    MvcResult form = mvc.perform(get("/answer/" + secret)).andReturn();
    assertThat(form.getResponse().getStatus()).isEqualTo(200);
    assertThat(form.getRequest().getSession(false)).as("no session for a visitor").isNull();
    assertThat(form.getResponse().getContentAsString()).doesNotContain("name=\"_csrf\"");

    MvcResult sent =
        mvc.perform(
                post("/answer/" + secret)
                    .param("action", "send")
                    .param("a_q1", "3")
                    .param("a_q2", "5")
                    .param("a_q3", "no"))
            .andReturn();
    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/answer/thanks");
    assertThat(sent.getRequest().getSession(false)).isNull();
    assertThat(responses(wave)).isEqualTo(1);
  }

  @Test
  void anUnknownLinkIsRefusedInThePersonsLanguage() throws Exception {
    MvcResult unknown =
        mvc.perform(get("/answer/" + "A".repeat(43)).locale(Locale.of("fi"))).andReturn();
    assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
    assertThat(unknown.getResponse().getContentAsString()).contains("Linkkiä ei tunnisteta");
    assertThat(mvc.perform(get("/answer/not-a-link")).andReturn().getResponse().getStatus())
        .isEqualTo(404);
  }

  @Test
  void aLinkIsRefusedAfterTheClosingDayWhenClosedAndBeforeOpening() throws Exception {
    WaveId over = openWave(LocalDate.now().minusDays(10), LocalDate.now().minusDays(1));
    String expired = linkOf(1);
    waves.purgeMail();
    WaveId later = openWave(LocalDate.now().plusDays(3), LocalDate.now().plusDays(10));
    String early = linkOf(1);
    waves.purgeMail();
    WaveId closed = openWave(LocalDate.now(), LocalDate.now().plusDays(10));
    String closedLink = linkOf(1);
    fixtures.as(tenant, Role.RESEARCHER, () -> waves.waves().close(closed));

    assertThat(mvc.perform(get("/answer/" + expired)).andReturn().getResponse().getStatus())
        .isEqualTo(410);
    assertThat(send(expired, "a_q1", "4", "a_q3", "yes").getResponse().getStatus()).isEqualTo(410);
    MvcResult notYet = mvc.perform(get("/answer/" + early)).andReturn();
    assertThat(notYet.getResponse().getStatus()).isEqualTo(404);
    assertThat(notYet.getResponse().getContentAsString()).contains("not open yet");
    MvcResult shut = send(closedLink, "a_q1", "4", "a_q3", "yes");
    assertThat(shut.getResponse().getStatus()).isEqualTo(410);
    assertThat(shut.getResponse().getContentAsString()).contains("has closed");
    assertThat(responses(over) + responses(later) + responses(closed)).isZero();
  }

  @Test
  void aLinkOfAnotherOrganisationIsRefusedToSomeoneSignedInHere() throws Exception {
    openWave(LocalDate.now(), LocalDate.now().plusDays(14));
    String theirs = linkOf(1);
    Fixtures.Tenant other = fixtures.tenant();

    MvcResult refused =
        mvc.perform(get("/answer/" + theirs).with(fixtures.signedIn(other, Role.PROFESSIONAL)))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(404);
    MvcResult sent =
        mvc.perform(
                post("/answer/" + theirs)
                    .with(fixtures.signedIn(other, Role.PROFESSIONAL))
                    .with(csrf())
                    .param("action", "send")
                    .param("a_q1", "4")
                    .param("a_q3", "yes"))
            .andReturn();
    assertThat(sent.getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(get("/answer/" + theirs)).andReturn().getResponse().getStatus())
        .as("the link still works for its owner")
        .isEqualTo(200);
  }

  @Test
  void aBlankFormKeptOnceIsTheFormAPersonWithSavedAnswersGetsLessTheirChoices() throws Exception {
    openWave(LocalDate.now(), LocalDate.now().plusDays(14));
    String blank = linkOf(1);
    String drafted = linkOf(2);
    mvc.perform(post("/answer/" + drafted).with(csrf()).param("action", "save").param("a_q2", "8"));

    for (String language : List.of("en", "fi", "sv", "nb")) {
      Locale locale = Locale.of(language);
      // twice: the first visit renders the kept questions, the second is served from them
      mvc.perform(get("/answer/" + blank).locale(locale));
      String kept =
          mvc.perform(get("/answer/" + blank).locale(locale))
              .andReturn()
              .getResponse()
              .getContentAsString();
      String rendered =
          mvc.perform(get("/answer/" + drafted).locale(locale))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(rendered).containsPattern("id=\"a_q2-8\"[^>]*checked");
      assertThat(questions(kept)).doesNotContain("checked").contains("a_q1-1", "a_q3");
      assertThat(questions(kept))
          .as("in " + language)
          .isEqualTo(questions(rendered).replace(" checked=\"checked\"", ""));
    }
  }

  /**
   * The questions of a form page: its form less the action, which holds the link, with white space
   * between tags made one space.
   */
  private static String questions(String page) {
    String form = page.substring(page.indexOf("<form class=\"answer\""), page.indexOf("</form>"));
    return form.substring(form.indexOf('>') + 1).replaceAll("\\s+", " ");
  }

  @Test
  void progressIsSavedAndRestoredOnTheNextVisitThenDeletedWhenSent() throws Exception {
    WaveId wave = openWave(LocalDate.now(), LocalDate.now().plusDays(14));
    String secret = linkOf(2);

    MvcResult saved =
        mvc.perform(
                post("/answer/" + secret)
                    .with(csrf())
                    .param("action", "save")
                    .param("a_q1", "not-relevant-stage")
                    .param("a_q2", "8"))
            .andReturn();
    assertThat(saved.getResponse().getStatus()).isEqualTo(200);
    assertThat(saved.getResponse().getContentAsString())
        .contains("are saved")
        .doesNotContain("Please answer these required questions");
    assertThat(
            waves.count(
                tenant, "select count(*) from survey_draft where wave_id = :wave", wave.value()))
        .isEqualTo(1);

    String back =
        mvc.perform(get("/answer/" + secret)).andReturn().getResponse().getContentAsString();
    assertThat(back).contains("saved answers are filled in");
    assertThat(back).containsPattern("value=\"not-relevant-stage\"\\s+checked");
    assertThat(back).containsPattern("id=\"a_q2-8\"[^>]*checked");
    assertThat(responses(wave)).isZero();

    send(secret, "a_q1", "not-relevant-stage", "a_q2", "8", "a_q3", "yes");
    assertThat(responses(wave)).isEqualTo(1);
    assertThat(
            waves.count(
                tenant, "select count(*) from survey_draft where wave_id = :wave", wave.value()))
        .isZero();
  }

  @Test
  void missingRequiredItemsAreListedWithLinksAndNothingIsStored() throws Exception {
    WaveId wave = openWave(LocalDate.now(), LocalDate.now().plusDays(14));
    String secret = linkOf(1);

    MvcResult result = send(secret, "a_q2", "5");
    String page = result.getResponse().getContentAsString();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(page).contains("Please answer these required questions");
    assertThat(page).contains("href=\"#item-q1\"", "href=\"#item-q3\"");
    assertThat(page).doesNotContain("href=\"#item-q2\"");
    assertThat(responses(wave)).isZero();
    assertThat(mvc.perform(get("/answer/" + secret)).andReturn().getResponse().getStatus())
        .as("the link still works")
        .isEqualTo(200);
  }

  @Test
  void anAnswerOutOfRangeIsToldNextToItsItemInThePersonsLanguage() throws Exception {
    WaveId wave = openWave(LocalDate.now(), LocalDate.now().plusDays(14));
    String secret = linkOf(1);

    MvcResult result =
        mvc.perform(
                post("/answer/" + secret)
                    .with(csrf())
                    .locale(Locale.of("fi"))
                    .param("action", "send")
                    .param("a_q1", "4")
                    .param("a_q2", "11")
                    .param("a_q3", "yes"))
            .andReturn();
    String page = result.getResponse().getContentAsString();
    assertThat(page).contains("id=\"error-q2\"");
    assertThat(page).contains("Vastaus 11 kysymykseen ”q2” ei ole välillä 0–10");
    assertThat(responses(wave)).isZero();
  }

  @Test
  void theAnswerToAnItemWhoseConditionFailsIsIgnored() throws Exception {
    WaveId wave = openWave(LocalDate.now(), LocalDate.now().plusDays(14));
    String secret = linkOf(1);
    send(secret, "a_q1", "5", "a_q3", "yes", "a_q4", "should not be kept");
    String answers =
        waves.sql(
            tenant,
            jdbc ->
                jdbc.sql("select answers::text from survey_response where wave_id = :wave")
                    .param("wave", wave.value())
                    .query(String.class)
                    .single());
    assertThat(answers).contains("\"q1\"", "\"q3\"").doesNotContain("q4", "should not");
  }
}
