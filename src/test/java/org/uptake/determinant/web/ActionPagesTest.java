package org.uptake.determinant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.determinant.ActionFixtures;
import org.uptake.implementation.ImplementationFixtures;

/** Strategy ranking, the action form, the plan, its print view and the API, as a lead uses them. */
@UptakeTest
class ActionPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired ActionFixtures actions;
  @Autowired org.uptake.survey.Instruments instruments;

  Fixtures.Tenant tenant;
  ImplementationFixtures.Plan plan;
  ActionFixtures.Made made;
  String base;

  @BeforeEach
  void plan() {
    tenant = fixtures.tenant();
    plan = plans.plan(tenant);
    made = actions.make(tenant, plan.id());
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
  void theLeadSeesRankedStrategiesWithReasonsAndChoosesOne() throws Exception {
    String ranked = page(base + "/determinants/" + made.barrier() + "/strategies", Role.LEAD);
    assertThat(ranked)
        .contains(
            "Protected time to learn",
            "Addresses the CFIR construct Available Resources (cfir.c10)",
            "Addresses the NPT practice Sufficient time is provided for familiarisation with the service (npt.p07)",
            "strategy=strategy.protected-learning-time")
        .doesNotContain("??");
    assertThat(ranked.indexOf("rank-strategy.protected-learning-time"))
        .isLessThan(ranked.indexOf("rank-strategy.practice-environment"));
    assertThat(page(base + "/determinants/" + made.barrier() + "/strategies", Role.CHAMPION))
        .doesNotContain("strategy=strategy.protected-learning-time");

    String form =
        page(
            base
                + "/actions/new?strategy=strategy.practice-environment&determinant="
                + made.barrier(),
            Role.LEAD);
    assertThat(form).contains("value=\"A practice environment\"").doesNotContain("??");
  }

  @Test
  void anActionWithoutOwnerIsShownAtTheOwnerFieldAndOneWithAnOwnerIsSaved() throws Exception {
    String refused =
        mvc.perform(
                post(base + "/actions")
                    .with(as(Role.LEAD))
                    .with(csrf())
                    .header("Accept-Language", "en")
                    .param("title", "Demo environment on every ward")
                    .param("strategyCode", "strategy.practice-environment"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Every action needs an owner");

    mvc.perform(
            post(base + "/actions")
                .with(as(Role.LEAD))
                .with(csrf())
                .param("title", "Demo environment on every ward")
                .param("strategyCode", "strategy.practice-environment")
                .param("owner", tenant.accounts().get(Role.MANAGER).toString())
                .param("dueDate", "2020-01-31")
                .param("measure", "npt.p07")
                .param("determinant", made.barrier().toString()))
        .andExpect(status().is3xxRedirection());

    String planPage = page(base + "/actions", Role.RESEARCHER);
    assertThat(planPage)
        .contains(
            "Demo environment on every ward",
            "Test MANAGER",
            "31/01/2020",
            "Overdue",
            "overdue-row",
            "No protected time to learn",
            "npt.p07")
        .doesNotContain("??");
    String print = page(base + "/actions/print", Role.RESEARCHER);
    assertThat(print)
        .contains("Demo environment on every ward", "Overdue")
        .doesNotContain("<nav", "<form", "??");

    String json =
        mvc.perform(
                get("/api/implementations/" + plan.id() + "/actions")
                    .header("Authorization", "Bearer " + tenant.token(Role.CHAMPION)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .contains(
            "\"title\":\"Demo environment on every ward\"",
            "\"status\":\"PLANNED\"",
            "\"overdue\":true",
            "\"strategy\":\"strategy.practice-environment\"");
  }

  @Test
  void theOwnerMovesTheStatusAndAnIllegalMoveIsExplained() throws Exception {
    String path = base + "/actions/" + made.action() + "/status";
    mvc.perform(post(path).with(as(Role.CHAMPION)).with(csrf()).param("change", "COMPLETE"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post(path).with(as(Role.MANAGER)).with(csrf()).param("change", "REOPEN"))
        .andExpect(status().isForbidden());
    mvc.perform(post(path).with(as(Role.LEAD)).with(csrf()).param("change", "START"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            result ->
                assertThat(result.getFlashMap().get("error"))
                    .isEqualTo("action.error.illegal-change"));
    assertThat(page(base + "/actions", Role.LEAD)).contains("Done", "Reopen");
  }

  @Test
  void theRiskRegisterShowsScoresAndTakesMitigations() throws Exception {
    mvc.perform(
            post(base + "/risks/" + made.risk() + "/mitigations")
                .with(as(Role.LEAD))
                .with(csrf())
                .param("title", "Large-print guide")
                .param("owner", tenant.accounts().get(Role.CHAMPION).toString())
                .param("dueDate", "2030-01-01"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(base + "/risks")
                .with(as(Role.LEAD))
                .with(csrf())
                .param("description", "Oximeter reads high on darker skin")
                .param("affects", "DEVICE_SKIN_TONE")
                .param("likelihood", "3")
                .param("impact", "5"))
        .andExpect(status().is3xxRedirection());
    String register = page(base + "/risks", Role.MANAGER);
    assertThat(register)
        .contains(
            "Oximeter reads high on darker skin",
            "Score 15 of 25",
            "Small print on the tablet",
            "Score 6 of 25",
            "Large-print guide",
            "Patients for whom a device performs worse")
        .doesNotContain("??", "Add a risk");
    String refused =
        mvc.perform(
                post(base + "/risks")
                    .with(as(Role.ADMIN))
                    .with(csrf())
                    .header("Accept-Language", "en")
                    .param("description", "Nobody affected")
                    .param("likelihood", "3")
                    .param("impact", "3"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Please fill in this field.");
  }

  @Test
  void theMeasureFieldSuggestsTheConstructsOfPublishedInstrumentsAndTheAdoptionFigures()
      throws Exception {
    fixtures.as(tenant, Role.LEAD, () -> instruments.addFromLibrary("readiness-factors"));
    var draft =
        fixtures.as(
            tenant,
            Role.RESEARCHER,
            () ->
                instruments.create(
                    "draft-check", org.uptake.survey.Texts.of("Unfinished check"), 0.5));

    // a draft's constructs are not yet something to measure by
    fixtures.as(
        tenant,
        Role.RESEARCHER,
        () ->
            instruments.addConstruct(
                draft,
                new org.uptake.survey.Construct(
                    "draft-construct",
                    org.uptake.survey.Texts.of("Draft construct"),
                    org.uptake.survey.ScoringRule.MEAN)));

    String form = page(base + "/actions/new", Role.LEAD);

    assertThat(form)
        .contains("<datalist id=\"measures\">")
        .contains("value=\"adoption:active-share\"")
        .contains("Adoption: time from training to first use")
        .containsPattern("value=\"survey:[^\"/]+/[^\"]+\"")
        .doesNotContain("Unfinished check")
        .doesNotContain("??");
  }
}
