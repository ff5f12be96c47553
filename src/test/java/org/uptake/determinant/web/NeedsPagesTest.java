package org.uptake.determinant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;

/** The needs assessment page: a lead records a consultation and sees which gaps remain. */
@UptakeTest
class NeedsPagesTest {

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
    base = "/implementations/" + plan.id() + "/needs";
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
  void aLeadRecordsAConsultationAndTheGapsShrink() throws Exception {
    assertThat(page(base, Role.LEAD))
        .contains(
            "No consultations recorded yet.",
            "Not heard yet: Service users",
            "Not heard yet: Registered nurse",
            "No one heard yet from the shift pattern: Three shifts",
            "No one heard yet from the unit: Ward A",
            "<label for=\"stakeholderGroup\"")
        .doesNotContain("??", "style=\"");

    mvc.perform(
            post(base)
                .with(as(Role.LEAD))
                .with(csrf())
                .param("stakeholderGroup", "registered_nurse")
                .param("method", "FOCUS_GROUP")
                .param("heldOn", "2026-10-05")
                .param("people", "6")
                .param("units", plan.unit().toString())
                .param("shiftPatterns", "THREE_SHIFT")
                .param("note", "Evening handover was the only time they could meet"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(base));

    assertThat(page(base, Role.CHAMPION))
        .contains(
            "Evening handover was the only time they could meet",
            "Focus group",
            "05/10/2026",
            "Not heard yet: Service users",
            "No one heard yet from the unit: Clinic B")
        .doesNotContain(
            "Not heard yet: Registered nurse",
            "from the shift pattern: Three shifts",
            "from the unit: Ward A",
            "<label for=\"stakeholderGroup\"",
            "??");
  }

  @Test
  void aFormWithAnUnknownGroupOrNoPeopleIsShownAgainWithErrors() throws Exception {
    String html =
        mvc.perform(
                post(base)
                    .with(as(Role.RESEARCHER))
                    .with(csrf())
                    .header("Accept-Language", "en")
                    .param("stakeholderGroup", "astronaut")
                    .param("method", "SURVEY")
                    .param("heldOn", "2026-10-05")
                    .param("people", "0"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Choose a stakeholder group from the list.", "field-error");
    assertThat(page(base, Role.LEAD)).contains("No consultations recorded yet.");
  }
}
