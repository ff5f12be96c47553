package org.uptake.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.survey.StoredInstrument;
import org.uptake.survey.SurveyResultFixtures;

@UptakeTest
class ResultApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired SurveyResultFixtures surveys;

  Fixtures.Tenant tenant;
  UUID wave;

  /** Ward A: 15 nurses and 4 physicians; clinic B: 30 nurses and 25 physicians. */
  @BeforeEach
  void wave() {
    tenant = fixtures.tenant();
    StoredInstrument practices = surveys.practices(tenant);
    wave = surveys.wave(tenant, practices, "Baseline", true, 10, null, LocalDate.of(2026, 9, 1));
    surveys.respond(tenant, wave, practices, tenant.units().get(0), "REGISTERED_NURSE", 15, 4);
    surveys.respond(tenant, wave, practices, tenant.units().get(0), "PHYSICIAN", 4, 2);
    surveys.respond(tenant, wave, practices, tenant.units().get(1), "REGISTERED_NURSE", 30, 5);
    surveys.respond(tenant, wave, practices, tenant.units().get(1), "PHYSICIAN", 25, 3);
    surveys.invite(tenant, wave, tenant.units().get(1), "PHYSICIAN", 30, 25);
  }

  @Test
  void wavesAreListedWithTheirInvitedAndAnswered() throws Exception {
    mvc.perform(
            get("/api/waves").header("Authorization", "Bearer " + tenant.token(Role.RESEARCHER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(wave.toString()))
        .andExpect(jsonPath("$[0].minGroup").value(10));
    mvc.perform(
            get("/api/waves/" + wave).header("Authorization", "Bearer " + tenant.token(Role.LEAD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Baseline"))
        .andExpect(jsonPath("$.invited").value(30))
        .andExpect(jsonPath("$.answered").value(25));
  }

  @Test
  void aSuppressedCellIsJustSuppressedWithNoNOrMean() throws Exception {
    String json =
        mvc.perform(
                get("/api/waves/" + wave + "/results?by=unit-group")
                    .header("Authorization", "Bearer " + tenant.token(Role.LEAD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.by").value("unit-group"))
            .andExpect(jsonPath("$.rows[2].unit").value(tenant.units().get(0).toString()))
            .andExpect(jsonPath("$.rows[2].group").value("PHYSICIAN"))
            .andExpect(jsonPath("$.rows[2].constructs['npt.coherence'].suppressed").value(true))
            .andExpect(jsonPath("$.rows[4].whole").value(true))
            .andExpect(jsonPath("$.rows[4].constructs['npt.coherence'].n").value(74))
            .andExpect(jsonPath("$.rows[4].items['npt.p01'].answers['2']").value(4))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    String ward = json.substring(json.indexOf("\"rows\""));
    assertThat(ward.substring(0, ward.indexOf("\"whole\":true")))
        .as("no hidden cell carries a count of 4 or a mean of 2")
        .doesNotContain("\"n\":4,")
        .doesNotContain("\"mean\":2.0");
  }

  @Test
  void anotherOrganisationsWaveIsNotFoundAndAnUnknownBreakdownIsABadRequest() throws Exception {
    Fixtures.Tenant other = fixtures.tenant();

    mvc.perform(
            get("/api/waves/" + wave + "/results")
                .header("Authorization", "Bearer " + other.token(Role.LEAD)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/waves/" + wave + "/results?by=person")
                .header("Authorization", "Bearer " + tenant.token(Role.LEAD)))
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/api/waves/" + wave)
                .header("Authorization", "Bearer " + tenant.token(Role.CHAMPION)))
        .andExpect(status().isForbidden());
  }

  @Test
  void theWavesApiIsInTheOpenApiDocument() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/waves/{id}/results'].get").exists())
        .andExpect(jsonPath("$.paths['/api/waves'].get").exists());
  }
}
