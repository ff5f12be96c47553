package org.uptake.determinant.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;

/** The determinant API with bearer tokens: a bulk load, the list with tags, the summary. */
@UptakeTest
class DeterminantApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;

  Fixtures.Tenant tenant;
  ImplementationFixtures.Plan plan;

  @BeforeEach
  void plan() {
    tenant = fixtures.tenant();
    plan = plans.plan(tenant);
  }

  private String findings() {
    return """
        [
          {"valence": "BARRIER", "description": "No protected time to learn",
           "stakeholderGroups": ["registered_nurse", "manager"], "units": ["%s"],
           "strength": 3, "spread": 2, "tags": ["cfir.c4d", "npt.p06", "factor.skills-knowledge"],
           "evidence": [{"kind": "QUOTATION", "text": "We learn it on our own time"}]},
          {"valence": "FACILITATOR", "description": "Champions on every shift",
           "strength": 2, "spread": 3, "tags": ["cfir.c4a"]},
          {"valence": "BARRIER", "description": "Login is slow", "strength": 1, "spread": 1,
           "tags": ["npt.p07"]}
        ]
        """
        .formatted(plan.unit());
  }

  private String path() {
    return "/api/implementations/" + plan.id() + "/determinants";
  }

  @Test
  void aLeadLoadsFindingsInBulkAndEveryReaderSeesThemWithTheirTagsAndCounts() throws Exception {
    mvc.perform(
            post(path())
                .header("Authorization", "Bearer " + tenant.token(Role.LEAD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(findings()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.length()").value(3));

    mvc.perform(get(path()).header("Authorization", "Bearer " + tenant.token(Role.MANAGER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[0].description").value("No protected time to learn"))
        .andExpect(jsonPath("$[0].tags.length()").value(3))
        .andExpect(jsonPath("$[0].units[0]").value(plan.unit().toString()))
        .andExpect(jsonPath("$[0].evidence[0].kind").value("QUOTATION"))
        .andExpect(jsonPath("$[2].valence").value("FACILITATOR"));

    mvc.perform(
            get(path())
                .param("tag", "npt.p07")
                .header("Authorization", "Bearer " + tenant.token(Role.CHAMPION)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].description").value("Login is slow"));

    mvc.perform(
            get(path() + "/summary")
                .header("Authorization", "Bearer " + tenant.token(Role.RESEARCHER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total.barriers").value(2))
        .andExpect(jsonPath("$.total.facilitators").value(1))
        .andExpect(jsonPath("$.cfirDomains['cfir.c'].barriers").value(1))
        .andExpect(jsonPath("$.cfirDomains['cfir.c'].facilitators").value(1))
        .andExpect(jsonPath("$.cfirConstructs['cfir.c4'].barriers").value(1))
        .andExpect(jsonPath("$.nptComponents['npt.collective-action'].barriers").value(2))
        .andExpect(jsonPath("$.factors['factor.skills-knowledge'].barriers").value(1))
        .andExpect(jsonPath("$.nptPractices['npt.p06'].barriers").value(1))
        .andExpect(jsonPath("$.units['" + plan.unit() + "'].barriers").value(1))
        .andExpect(jsonPath("$.stakeholderGroups['manager'].barriers").value(1))
        .andExpect(jsonPath("$.stakeholderGroups['registered_nurse'].facilitators").value(0));
  }

  @Test
  void aBulkLoadWithAnUnknownTagIsRefusedWhole() throws Exception {
    mvc.perform(
            post(path())
                .header("Authorization", "Bearer " + tenant.token(Role.LEAD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(findings().replace("npt.p07", "npt.p99")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Unknown framework code 'npt.p99'"));

    mvc.perform(get(path()).header("Authorization", "Bearer " + tenant.token(Role.LEAD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void professionalsAreRefusedAndAnotherOrganisationsImplementationIsNotFound() throws Exception {
    mvc.perform(get(path()).header("Authorization", "Bearer " + tenant.token(Role.PROFESSIONAL)))
        .andExpect(status().isForbidden());
    Fixtures.Tenant other = fixtures.tenant();
    mvc.perform(get(path()).header("Authorization", "Bearer " + other.token(Role.LEAD)))
        .andExpect(status().isNotFound());
  }
}
