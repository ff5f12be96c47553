package org.uptake.implementation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;

/**
 * The implementation pages and API through MockMvc, as a lead and as a professional would use them.
 */
@UptakeTest
class ImplementationPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;

  Fixtures.Tenant tenant;
  ImplementationFixtures.Plan plan;
  String base;

  @BeforeEach
  void plan() {
    tenant = fixtures.tenant();
    plan = plans.plan(tenant);
    base = "/implementations/" + plan.id();
  }

  private RequestPostProcessor as(Role role) {
    return fixtures.signedIn(tenant, role);
  }

  private String page(String path, Role role) throws Exception {
    return mvc.perform(get(path).with(as(role)).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void everyPageOpensForALead() throws Exception {
    List<String> pages =
        List.of(
            "/implementations",
            "/implementations/new",
            base,
            base + "/edit",
            base + "/timeline",
            base + "/units/" + plan.unit(),
            base + "/units/" + plan.unit() + "/phases/GO_LIVE/edit",
            base + "/responsibilities",
            base + "/activities/new",
            base + "/activities/" + plan.activity() + "/edit",
            base + "/decisions",
            base + "/decisions/new?activity=" + plan.activity(),
            base + "/decisions/" + plan.decision() + "/edit",
            "/implementations/services/" + plan.service() + "/edit?from=" + plan.id());
    for (String path : pages) {
      String html = page(path, Role.LEAD);
      assertThat(html).as(path).contains("</html>").doesNotContain("style=\"", "??");
    }
  }

  @Test
  void theTimelineDrawsBarsWithoutInlineStylesAndSaysTheDatesInText() throws Exception {
    String html = page(base + "/timeline", Role.PROFESSIONAL);
    assertThat(html)
        .contains(
            "<svg",
            "<rect",
            "fill=\"#0b4f9c\"",
            "aria-hidden=\"true\"",
            "class=\"visually-hidden\"")
        .contains("Ward A", "Prepare:", "Train:", "Go live:")
        .doesNotContain("style=\"");
    assertThat(html)
        .as("a professional is not offered the planning forms")
        .doesNotContain("/edit\"");
  }

  @Test
  void anEndBeforeTheStartIsExplainedOnTheField() throws Exception {
    String html =
        mvc.perform(
                post(base + "/units/" + plan.unit() + "/phases/TRAIN")
                    .param("plannedStart", "2026-05-10")
                    .param("plannedEnd", "2026-05-01")
                    .header("Accept-Language", "en")
                    .with(as(Role.LEAD))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("The planned end cannot be before the planned start (May 10, 2026).");
    assertThat(html).contains("aria-invalid=\"true\"");
  }

  @Test
  void goLiveWithAnUnmetCriterionComesBackWithTheReasonInTheUsersLanguage() throws Exception {
    mvc.perform(
            post(base + "/units/" + plan.unit() + "/phases/GO_LIVE/start")
                .header("Accept-Language", "fi")
                .with(as(Role.LEAD))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(base + "/units/" + plan.unit()))
        .andExpect(
            flash()
                .attribute(
                    "refusal",
                    "Yksikkö ei voi vielä ottaa palvelua käyttöön: 1 käynnistyksen ehtoa ei täyty (Nurses trained)."));
  }

  @Test
  void aNewRolloutOfANewServiceIsSavedFromTheForm() throws Exception {
    mvc.perform(
            post("/implementations")
                .param("serviceName", "Remote monitoring")
                .param("supplier", "Example Oy")
                .param("features[0].name", "Blood pressure")
                .param("features[1].description", "without a name")
                .param("name", "Home monitoring")
                .param("status", "PLANNING")
                .param("unitIds", tenant.units().get(1).toString())
                .header("Accept-Language", "en")
                .with(as(Role.LEAD))
                .with(csrf()))
        .andExpect(status().isOk());
    String location =
        mvc.perform(
                post("/implementations")
                    .param("serviceName", "Remote monitoring")
                    .param("features[0].name", "Blood pressure")
                    .param("name", "Home monitoring")
                    .param("status", "PLANNING")
                    .param("unitIds", tenant.units().get(1).toString())
                    .with(as(Role.LEAD))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(page(location, Role.PROFESSIONAL))
        .contains("Home monitoring", "Remote monitoring", "Blood pressure", "Clinic B");
  }

  @Test
  void theApiListsImplementationsAndGivesPhasesPerUnit() throws Exception {
    mvc.perform(
            get("/api/implementations")
                .header("Authorization", "Bearer " + tenant.token(Role.PROFESSIONAL)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(plan.id().toString()))
        .andExpect(jsonPath("$[0].units").value(2));
    mvc.perform(
            get("/api/implementations/" + plan.id())
                .header("Authorization", "Bearer " + tenant.token(Role.RESEARCHER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.service.features[0].name").value("Chat"))
        .andExpect(
            jsonPath("$.units[?(@.unitId == '" + plan.unit() + "')].phases.length()").value(5))
        .andExpect(
            jsonPath("$.units[?(@.unitId == '" + plan.unit() + "')].phases[0].phase")
                .value("PREPARE"))
        .andExpect(
            jsonPath("$.units[?(@.unitId == '" + plan.unit() + "')].readyToGoLive").value(false));
  }
}
