package org.uptake.determinant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.determinant.Determinant;
import org.uptake.determinant.DeterminantDetails;
import org.uptake.determinant.DeterminantFilter;
import org.uptake.determinant.DeterminantId;
import org.uptake.determinant.Determinants;
import org.uptake.determinant.Evidence;
import org.uptake.determinant.EvidenceKind;
import org.uptake.determinant.Valence;
import org.uptake.implementation.ImplementationFixtures;

/** One determinant's pages: change it, see its history, merge a duplicate; sort and filter. */
@UptakeTest
class DeterminantEditPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired Determinants determinants;

  Fixtures.Tenant tenant;
  ImplementationFixtures.Plan plan;
  String base;
  DeterminantId slow;
  DeterminantId slowAgain;
  DeterminantId champions;

  @BeforeEach
  void register() {
    tenant = fixtures.tenant();
    plan = plans.plan(tenant);
    base = "/implementations/" + plan.id() + "/determinants";
    slow = create(Valence.BARRIER, "Log-in is slow", Set.of("it"), 2, "cfir.c1", "Two minutes");
    slowAgain =
        create(
            Valence.BARRIER,
            "Signing in takes ages",
            Set.of("registered_nurse"),
            3,
            "npt.p11",
            "Every morning");
    champions =
        create(
            Valence.FACILITATOR, "Keen champions", Set.of("manager"), 1, "cfir.d4", "Four hours");
  }

  private DeterminantId create(
      Valence valence,
      String description,
      Set<String> groups,
      int strength,
      String tag,
      String evidence) {
    return fixtures.as(
        tenant,
        Role.LEAD,
        () ->
            determinants.create(
                plan.id(),
                new DeterminantDetails(
                    valence, description, groups, Set.of(plan.unit()), strength, 2, Set.of(tag)),
                List.of(new Evidence(EvidenceKind.NOTE, evidence))));
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
  void aLeadChangesABarrierAndTheHistoryShowsBothVersions() throws Exception {
    assertThat(page(base + "/" + slow + "/edit", Role.LEAD))
        .contains("Log-in is slow", "value=\"cfir.c1\"")
        .doesNotContain("??");

    mvc.perform(
            post(base + "/" + slow)
                .with(as(Role.LEAD))
                .with(csrf())
                .param("valence", "BARRIER")
                .param("description", "Log-in with the smart card is slow")
                .param("stakeholderGroups", "it", "practical_nurse")
                .param("units", plan.unit().toString())
                .param("strength", "3")
                .param("spread", "3")
                .param("tags", "cfir.c1, npt.p11"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(base + "/" + slow));

    assertThat(page(base + "/" + slow, Role.CHAMPION))
        .contains(
            "Log-in with the smart card is slow",
            "Log-in is slow",
            "Recorded",
            "Changed",
            "Practical nurse",
            "npt.p11",
            "Two minutes")
        .doesNotContain("??", "id=\"edit\"", "id=\"merge\"");
  }

  @Test
  void anUnknownTagIsRefusedOnTheEditFormAndNothingChanges() throws Exception {
    String html =
        mvc.perform(
                post(base + "/" + slow)
                    .with(as(Role.RESEARCHER))
                    .with(csrf())
                    .header("Accept-Language", "en")
                    .param("valence", "BARRIER")
                    .param("description", "Changed")
                    .param("strength", "2")
                    .param("spread", "2")
                    .param("tags", "cfir.nope"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("No framework has the tag cfir.nope");
    assertThat(page(base + "/" + slow, Role.LEAD)).doesNotContain("Changed</span>");
  }

  @Test
  void aLeadMergesADuplicateKeepingTheOtherAndTheEvidenceMoves() throws Exception {
    assertThat(page(base + "/" + slow, Role.LEAD))
        .contains("id=\"merge\"", "Signing in takes ages");

    mvc.perform(
            post(base + "/" + slow + "/merge")
                .with(as(Role.LEAD))
                .with(csrf())
                .param("duplicate", slowAgain.toString())
                .param("keep", "other"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(base + "/" + slowAgain));

    Determinant kept = fixtures.as(tenant, Role.LEAD, () -> determinants.get(plan.id(), slowAgain));
    assertThat(kept.evidence())
        .extracting(Evidence::text)
        .containsExactlyInAnyOrder("Two minutes", "Every morning");
    assertThat(kept.details().tags()).containsExactlyInAnyOrder("cfir.c1", "npt.p11");
    assertThat(page(base + "/" + slow, Role.LEAD))
        .contains("This was merged into another", "Merged into another")
        .doesNotContain("id=\"edit\"");
    assertThat(page(base, Role.LEAD)).doesNotContain("Log-in is slow");
  }

  @Test
  void mergingWithAnotherRolloutsDeterminantIsRefusedWithAClearMessage() throws Exception {
    ImplementationFixtures.Plan other = plans.plan(tenant);
    DeterminantId elsewhere =
        fixtures.as(
            tenant,
            Role.LEAD,
            () ->
                determinants.create(
                    other.id(),
                    new DeterminantDetails(
                        Valence.BARRIER, "Elsewhere", Set.of(), Set.of(), 1, 1, Set.of()),
                    List.of()));
    Fixtures.Tenant foreign = fixtures.tenant();
    ImplementationFixtures.Plan foreignPlan = plans.plan(foreign);
    DeterminantId abroad =
        fixtures.as(
            foreign,
            Role.LEAD,
            () ->
                determinants.create(
                    foreignPlan.id(),
                    new DeterminantDetails(
                        Valence.BARRIER, "Abroad", Set.of(), Set.of(), 1, 1, Set.of()),
                    List.of()));
    for (DeterminantId refused : List.of(elsewhere, abroad)) {
      mvc.perform(
              post(base + "/" + slow + "/merge")
                  .with(as(Role.LEAD))
                  .with(csrf())
                  .param("duplicate", refused.toString()))
          .andExpect(status().is3xxRedirection())
          .andExpect(flash().attribute("error", "determinant.merge.error.other-rollout"));
    }
    mvc.perform(
            post(base + "/" + slow + "/merge")
                .with(as(Role.LEAD))
                .with(csrf())
                .param("duplicate", slow.toString()))
        .andExpect(flash().attribute("error", "determinant.merge.error.same"));
    assertThat(
            fixtures.as(
                tenant, Role.LEAD, () -> determinants.list(plan.id(), DeterminantFilter.ALL)))
        .hasSize(3);
  }

  @Test
  void theListIsFilteredByStrengthAndGroupAndSorted() throws Exception {
    assertThat(page(base + "?strength=3", Role.MANAGER))
        .contains("Signing in takes ages")
        .doesNotContain("Log-in is slow", "Keen champions");
    assertThat(page(base + "?group=manager", Role.MANAGER))
        .contains("Keen champions")
        .doesNotContain("Log-in is slow");
    String strongest = page(base + "?sort=STRENGTH", Role.MANAGER);
    assertThat(strongest.indexOf("Signing in takes ages"))
        .isLessThan(strongest.indexOf("Log-in is slow"));
    String newest = page(base + "?sort=NEWEST", Role.MANAGER);
    assertThat(newest.indexOf("Keen champions")).isLessThan(newest.indexOf("Log-in is slow"));
  }
}
