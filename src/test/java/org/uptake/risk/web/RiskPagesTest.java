package org.uptake.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.determinant.ActionFixtures;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.risk.Risks;

/** Correcting and deleting a risk from its pages, in the reader's language. */
@UptakeTest
class RiskPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired ActionFixtures actions;
  @Autowired Risks risks;

  @Test
  void aCorrectionOutOfRangeIsRefusedInFinnishAndChangesNothing() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ActionFixtures.Made made = actions.make(tenant, plan.id());
    String risk = "/implementations/" + plan.id() + "/risks/" + made.risk();
    String before =
        fixtures.as(tenant, Role.LEAD, () -> risks.get(plan.id(), made.risk())).toString();

    String form =
        body(
            mvc.perform(
                    get(risk + "/edit")
                        .with(fixtures.signedIn(tenant, Role.LEAD))
                        .header("Accept-Language", "fi"))
                .andReturn()
                .getResponse());
    assertThat(form).contains("Korjaa riskiä").contains("checked");

    MockHttpServletResponse refused =
        mvc.perform(
                post(risk)
                    .param("description", "")
                    .param("affects", "AGE")
                    .param("likelihood", "9")
                    .param("impact", "3")
                    .with(fixtures.signedIn(tenant, Role.LEAD))
                    .with(csrf())
                    .header("Accept-Language", "fi"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(body(refused)).contains("Korjaa merkityt kentät").contains("field-error");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> risks.get(plan.id(), made.risk())).toString())
        .isEqualTo(before);

    MockHttpServletResponse saved =
        mvc.perform(
                post(risk)
                    .param("description", "Home oximeters read high on darker skin")
                    .param("affects", "DEVICE_SKIN_TONE")
                    .param("likelihood", "4")
                    .param("impact", "5")
                    .with(fixtures.signedIn(tenant, Role.LEAD))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(saved.getRedirectedUrl()).endsWith("/risks#risk-" + made.risk());
    assertThat(
            fixtures
                .as(tenant, Role.LEAD, () -> risks.get(plan.id(), made.risk()))
                .details()
                .score())
        .isEqualTo(20);
  }

  @Test
  void deletingAsksFirstAndThenTheRiskIsGone() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ActionFixtures.Made made = actions.make(tenant, plan.id());
    String risk = "/implementations/" + plan.id() + "/risks/" + made.risk();

    String question =
        body(
            mvc.perform(
                    get(risk + "/delete")
                        .with(fixtures.signedIn(tenant, Role.ADMIN))
                        .header("Accept-Language", "sv"))
                .andReturn()
                .getResponse());
    assertThat(question).contains("Ta bort risken?").contains("Behåll den");

    MockHttpServletResponse deleted =
        mvc.perform(post(risk + "/delete").with(fixtures.signedIn(tenant, Role.ADMIN)).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(deleted.getRedirectedUrl()).endsWith("/implementations/" + plan.id() + "/risks");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> risks.list(plan.id()))).isEmpty();
    assertThat(
            mvc.perform(get(risk + "/edit").with(fixtures.signedIn(tenant, Role.LEAD)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void aMitigatedRiskIsNotDeletedAndTheQuestionsPageSaysWhy() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ActionFixtures.Made made = actions.make(tenant, plan.id());
    mitigate(tenant, plan, made);
    String risk = "/implementations/" + plan.id() + "/risks/" + made.risk();

    MockHttpServletResponse refused =
        mvc.perform(post(risk + "/delete").with(fixtures.signedIn(tenant, Role.LEAD)).with(csrf()))
            .andReturn()
            .getResponse();

    assertThat(refused.getRedirectedUrl()).isEqualTo(risk + "/delete");
    String page =
        body(
            mvc.perform(
                    get(risk + "/delete")
                        .with(fixtures.signedIn(tenant, Role.LEAD))
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse());
    assertThat(page)
        .contains("Actions of the plan mitigate this risk, so it cannot be deleted.")
        .doesNotContain("Delete the risk</button>");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> risks.list(plan.id())))
        .extracting(org.uptake.risk.Risk::id)
        .containsExactly(made.risk());
  }

  @Test
  void aMitigationWithoutOwnerIsRefusedInItsRisksCardWithWhatWasTypedKept() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ActionFixtures.Made made = actions.make(tenant, plan.id());
    String register = "/implementations/" + plan.id() + "/risks";

    org.springframework.test.web.servlet.MvcResult refused =
        mvc.perform(
                post(register + "/" + made.risk() + "/mitigations")
                    .param("title", "Große Schrift & mehr")
                    .param("dueDate", "2026-12-24")
                    .with(fixtures.signedIn(tenant, Role.LEAD))
                    .with(csrf()))
            .andReturn();
    assertThat(refused.getResponse().getRedirectedUrl())
        .isEqualTo(register + "#risk-" + made.risk());
    String page =
        body(
            mvc.perform(
                    get(register)
                        .flashAttrs(refused.getFlashMap())
                        .with(fixtures.signedIn(tenant, Role.LEAD))
                        .header("Accept-Language", "fi"))
                .andReturn()
                .getResponse());

    String card =
        page.substring(
            page.indexOf("id=\"risk-" + made.risk() + "\""),
            page.indexOf(
                "Lisää lievennystoimi</button>", page.indexOf("id=\"risk-" + made.risk())));
    assertThat(card)
        .contains("Jokaisella toimenpiteellä on oltava vastuuhenkilö")
        .contains("value=\"Große Schrift &amp; mehr\"")
        .contains("value=\"2026-12-24\"");
    assertThat(page.substring(0, page.indexOf("id=\"risk-" + made.risk() + "\"")))
        .as("the refusal is not at the top of the page, scrolled out of view")
        .doesNotContain("vastuuhenkilö");
    assertThat(
            fixtures.as(tenant, Role.LEAD, () -> risks.get(plan.id(), made.risk())).mitigations())
        .isEmpty();
  }

  @Test
  void theApiListsTheRegisterWithScoresBandsAndMitigations() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ActionFixtures.Made made = actions.make(tenant, plan.id());
    mitigate(tenant, plan, made);
    org.uptake.risk.Risk risk =
        fixtures.as(tenant, Role.LEAD, () -> risks.get(plan.id(), made.risk()));

    String json =
        body(
            mvc.perform(
                    get("/api/implementations/" + plan.id() + "/risks")
                        .header("Authorization", "Bearer " + tenant.token(Role.CHAMPION)))
                .andReturn()
                .getResponse());

    assertThat(json)
        .contains("\"id\":\"" + made.risk() + "\"")
        .contains("\"description\":\"" + risk.details().description() + "\"")
        .contains("\"score\":" + risk.details().score())
        .contains("\"band\":\"" + risk.details().band() + "\"")
        .contains("\"status\":\"OPEN\"")
        .contains("\"mitigations\":[\"" + risk.mitigations().getFirst().id().value() + "\"]");
    assertThat(
            mvc.perform(
                    get("/api/implementations/" + plans.plan(fixtures.tenant()).id() + "/risks")
                        .header("Authorization", "Bearer " + tenant.token(Role.LEAD)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(body(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()))
        .contains("\"/api/implementations/{id}/risks\"")
        .contains("List an implementation's safety and equity risks");
  }

  /** A mitigation of the made risk, "Large-print guide", owned by the tenant's champion. */
  private void mitigate(
      Fixtures.Tenant tenant, ImplementationFixtures.Plan plan, ActionFixtures.Made made) {
    fixtures.as(
        tenant,
        Role.LEAD,
        () ->
            risks.mitigate(
                plan.id(),
                made.risk(),
                new org.uptake.determinant.NewAction(
                    "Large-print guide",
                    null,
                    tenant.accounts().get(Role.CHAMPION),
                    java.util.Set.of(),
                    java.util.Set.of(),
                    java.time.LocalDate.now().plusDays(14),
                    null,
                    java.util.Set.of(),
                    null)));
  }

  private static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
