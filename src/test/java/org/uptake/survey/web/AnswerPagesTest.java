package org.uptake.survey.web;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.wave.WaveFixtures;
import org.uptake.survey.wave.WaveId;

/**
 * A kept blank page of a personal link is, to the byte and with the same headers, the page a full
 * rendering gives the same person; it follows the wave's name and closing day; a form with saved
 * answers is still rendered in full.
 */
@UptakeTest
class AnswerPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WaveFixtures waves;
  @Autowired AnswerPages pages;

  Fixtures.Tenant tenant;
  InstrumentId instrument;
  WaveId wave;
  Map<String, String> links;

  @BeforeEach
  void setUp() throws Exception {
    waves.purgeMail();
    tenant = fixtures.tenant();
    instrument = waves.instrument(tenant);
    waves.staff(tenant, "nurse", 3, tenant.units().getFirst(), ProfessionalGroup.REGISTERED_NURSE);
    wave =
        waves.open(
            tenant,
            instrument,
            true,
            List.of(),
            LocalDate.now(),
            LocalDate.now().plusDays(14),
            null,
            0);
    links = waves.links();
  }

  private String link(int nurse) {
    return links.get(WaveFixtures.email(tenant, "nurse", nurse));
  }

  private MockHttpServletResponse visit(String secret, Locale locale) throws Exception {
    return mvc.perform(get("/answer/" + secret).locale(locale)).andReturn().getResponse();
  }

  @Test
  void aKeptPageIsThePageAFullRenderingGivesInEveryLanguage() throws Exception {
    String first = link(1);
    String second = link(2);
    for (String language : List.of("en", "fi", "sv", "nb")) {
      Locale locale = Locale.of(language);
      pages.clear();
      MockHttpServletResponse rendered = visit(first, locale); // rendered and kept
      MockHttpServletResponse kept = visit(second, locale); // from the kept page
      pages.clear();
      MockHttpServletResponse full = visit(second, locale); // rendered in full again

      assertThat(kept.getStatus()).isEqualTo(200);
      assertThat(kept.getContentAsString())
          .as("in " + language)
          .isEqualTo(full.getContentAsString())
          .contains("/answer/" + second)
          .doesNotContain(first);
      assertThat(rendered.getContentAsString()).contains("/answer/" + first).doesNotContain(second);
      assertThat(kept.getContentType()).isEqualTo(full.getContentType());
      assertThat(kept.getHeader("Content-Language")).isEqualTo(full.getHeader("Content-Language"));
      assertThat(kept.getContentAsString()).contains("lang=\"" + language + "\"");
    }
  }

  @Test
  void aKeptPageFollowsTheWavesNameAndClosingDay() throws Exception {
    visit(link(1), Locale.ENGLISH);
    waves.sql(
        tenant,
        jdbc ->
            jdbc.sql(
                    "update survey_wave set name = 'Renamed wave', closes_on = closes_on + 7 where id = :id")
                .param("id", wave.value())
                .update());
    String page = visit(link(2), Locale.ENGLISH).getContentAsString();
    assertThat(page).contains("Renamed wave");
    pages.clear();
    assertThat(visit(link(2), Locale.ENGLISH).getContentAsString()).isEqualTo(page);
  }

  @Test
  void aFormWithSavedAnswersIsRenderedInFull() throws Exception {
    String drafted = link(3);
    visit(link(1), Locale.ENGLISH);
    mvc.perform(post("/answer/" + drafted).with(csrf()).param("action", "save").param("a_q2", "8"));
    assertThat(visit(drafted, Locale.ENGLISH).getContentAsString())
        .containsPattern("id=\"a_q2-8\"[^>]*checked");
  }
}
