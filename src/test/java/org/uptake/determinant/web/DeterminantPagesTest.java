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

/** The register page: a lead adds a barrier with tags and evidence and filters the list. */
@UptakeTest
class DeterminantPagesTest {

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
    base = "/implementations/" + plan.id() + "/determinants";
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
  void aLeadAddsABarrierWithTagsAndEvidenceAndFiltersTheList() throws Exception {
    assertThat(page(base, Role.LEAD))
        .contains("No barriers or facilitators recorded yet.", "<label for=\"tags\"")
        .doesNotContain("??", "style=\"");

    mvc.perform(
            post(base)
                .with(as(Role.LEAD))
                .with(csrf())
                .param("valence", "BARRIER")
                .param("description", "No protected time to learn")
                .param("stakeholderGroups", "registered_nurse", "manager")
                .param("units", plan.unit().toString())
                .param("strength", "3")
                .param("spread", "2")
                .param("tags", "cfir.c4d, npt.p06")
                .param("evidenceKind", "QUOTATION")
                .param("evidenceText", "We learn it on our own time"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(base));

    assertThat(page(base, Role.MANAGER))
        .contains(
            "No protected time to learn",
            "We learn it on our own time",
            "Registered nurse",
            "Ward A",
            "cfir.c4d")
        .doesNotContain("??", "<label for=\"tags\"");
    assertThat(page(base + "?valence=FACILITATOR", Role.LEAD))
        .doesNotContain("No protected time to learn");
    assertThat(page(base + "?tag=npt.p06", Role.LEAD)).contains("No protected time to learn");
  }

  @Test
  void anUnknownTagIsShownAtTheField() throws Exception {
    String html =
        mvc.perform(
                post(base)
                    .with(as(Role.RESEARCHER))
                    .with(csrf())
                    .header("Accept-Language", "en")
                    .param("valence", "FACILITATOR")
                    .param("description", "Champions on every shift")
                    .param("strength", "2")
                    .param("spread", "2")
                    .param("tags", "cfir.c99"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("No framework has the tag cfir.c99");
  }
}
