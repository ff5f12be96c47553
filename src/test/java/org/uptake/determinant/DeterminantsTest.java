package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.framework.UnknownFrameworkCodeException;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.implementation.ImplementationId;
import org.uptake.organisation.UnitId;
import org.uptake.platform.NotFoundException;

/** The determinant register on the real database: tags, tenancy, roles, merge and history. */
@UptakeTest
class DeterminantsTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired Determinants determinants;
  @Autowired DeterminantHistory histories;

  private static DeterminantDetails barrier(String description, Set<UnitId> units, String... tags) {
    return new DeterminantDetails(
        Valence.BARRIER, description, Set.of("registered_nurse"), units, 3, 2, Set.of(tags));
  }

  private DeterminantId create(
      Fixtures.Tenant tenant,
      ImplementationId implementation,
      DeterminantDetails details,
      Evidence... evidence) {
    return fixtures.as(
        tenant, Role.LEAD, () -> determinants.create(implementation, details, List.of(evidence)));
  }

  @Test
  void aDeterminantIsSavedWithItsTagsUnitsAndEvidenceAndFilteredByThem() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    DeterminantId barrier =
        create(
            tenant,
            plan.id(),
            barrier("No time to learn", Set.of(plan.unit()), "cfir.c4d", "npt.p01"),
            new Evidence(EvidenceKind.QUOTATION, "We learn it on night shifts"));
    create(
        tenant,
        plan.id(),
        new DeterminantDetails(
            Valence.FACILITATOR,
            "Keen champions",
            Set.of("manager"),
            Set.of(plan.otherUnit()),
            2,
            1,
            Set.of("factor.culture-leadership")));

    List<Determinant> all =
        fixtures.as(
            tenant, Role.CHAMPION, () -> determinants.list(plan.id(), DeterminantFilter.ALL));
    assertThat(all)
        .extracting(Determinant::valence)
        .containsExactly(Valence.BARRIER, Valence.FACILITATOR);
    Determinant saved = all.getFirst();
    assertThat(saved.id()).isEqualTo(barrier);
    assertThat(saved.details().tags()).containsExactlyInAnyOrder("cfir.c4d", "npt.p01");
    assertThat(saved.details().units()).containsExactly(plan.unit());
    assertThat(saved.details().stakeholderGroups()).containsExactly("registered_nurse");
    assertThat(saved.evidence())
        .containsExactly(new Evidence(EvidenceKind.QUOTATION, "We learn it on night shifts"));

    assertThat(
            fixtures.as(
                tenant,
                Role.MANAGER,
                () -> determinants.list(plan.id(), new DeterminantFilter(null, "cfir.c4d", null))))
        .extracting(Determinant::id)
        .containsExactly(barrier);
    assertThat(
            fixtures.as(
                tenant,
                Role.MANAGER,
                () ->
                    determinants.list(
                        plan.id(), new DeterminantFilter(Valence.FACILITATOR, null, null))))
        .hasSize(1);
    assertThat(
            fixtures.as(
                tenant,
                Role.MANAGER,
                () -> determinants.list(plan.id(), new DeterminantFilter(null, null, plan.unit()))))
        .extracting(Determinant::id)
        .containsExactly(barrier);

    DeterminantSummary summary =
        fixtures.as(tenant, Role.RESEARCHER, () -> determinants.summary(plan.id()));
    assertThat(summary.total()).isEqualTo(new DeterminantSummary.Counts(1, 1));
    assertThat(summary.cfirDomains()).containsOnlyKeys("cfir.c");
    assertThat(summary.cfirConstructs()).containsOnlyKeys("cfir.c4");
    assertThat(summary.nptComponents()).containsOnlyKeys("npt.coherence");
    assertThat(summary.factors()).containsOnlyKeys("factor.culture-leadership");
  }

  @Test
  void anUnknownTagOrATagOfTheWrongLevelIsRefused() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);

    assertThatThrownBy(() -> create(tenant, plan.id(), barrier("x", Set.of(), "cfir.c99")))
        .isInstanceOf(UnknownFrameworkCodeException.class)
        .hasMessageContaining("cfir.c99");
    assertThatThrownBy(() -> create(tenant, plan.id(), barrier("x", Set.of(), "cfir.c")))
        .isInstanceOf(DeterminantRuleException.class)
        .hasMessageContaining("domain");
    assertThat(
            fixtures.as(
                tenant, Role.LEAD, () -> determinants.list(plan.id(), DeterminantFilter.ALL)))
        .isEmpty();
  }

  @Test
  void anotherOrganisationsImplementationAndUnitsAreNotFound() {
    Fixtures.Tenant tenant = fixtures.tenant();
    Fixtures.Tenant other = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ImplementationFixtures.Plan foreign = plans.plan(other);

    assertThatThrownBy(() -> create(tenant, foreign.id(), barrier("x", Set.of())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () -> determinants.list(foreign.id(), DeterminantFilter.ALL)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> create(tenant, plan.id(), barrier("x", Set.of(foreign.unit()))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void professionalsNeitherReadNorWriteTheRegisterAndChampionsOnlyRead() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);

    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.PROFESSIONAL,
                    () -> determinants.list(plan.id(), DeterminantFilter.ALL)))
        .isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.CHAMPION,
                    () -> determinants.create(plan.id(), barrier("x", Set.of()), List.of())))
        .isInstanceOf(AuthorizationDeniedException.class);
  }

  @Test
  void aMergeKeepsTheEvidenceOfBothAndTheHistory() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    DeterminantId kept =
        create(
            tenant,
            plan.id(),
            barrier("No time to learn", Set.of(plan.unit()), "cfir.c4d"),
            new Evidence(EvidenceKind.QUOTATION, "No time on shift"));
    DeterminantId duplicate =
        create(
            tenant,
            plan.id(),
            barrier("Too busy for training", Set.of(plan.otherUnit()), "npt.p06"),
            new Evidence(EvidenceKind.SURVEY, "62% had no protected time"));

    fixtures.as(tenant, Role.RESEARCHER, () -> determinants.merge(plan.id(), kept, duplicate));

    List<Determinant> all =
        fixtures.as(tenant, Role.LEAD, () -> determinants.list(plan.id(), DeterminantFilter.ALL));
    assertThat(all).extracting(Determinant::id).containsExactly(kept);
    Determinant merged = all.getFirst();
    assertThat(merged.description()).isEqualTo("No time to learn");
    assertThat(merged.evidence())
        .extracting(Evidence::text)
        .containsExactlyInAnyOrder("No time on shift", "62% had no protected time");
    assertThat(merged.details().tags()).containsExactlyInAnyOrder("cfir.c4d", "npt.p06");
    assertThat(merged.details().units()).containsExactlyInAnyOrder(plan.unit(), plan.otherUnit());
    assertThat(fixtures.as(tenant, Role.LEAD, () -> changes(tenant, plan, kept)))
        .containsExactly("1 CREATE", "2 UPDATE");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> changes(tenant, plan, duplicate)))
        .containsExactly("1 CREATE", "2 MERGE");
  }

  @Test
  void aMergeAcrossImplementationsOrOrganisationsIsRefused() {
    Fixtures.Tenant tenant = fixtures.tenant();
    Fixtures.Tenant other = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ImplementationFixtures.Plan second = plans.plan(tenant);
    ImplementationFixtures.Plan foreign = plans.plan(other);
    DeterminantId kept = create(tenant, plan.id(), barrier("a", Set.of()));
    DeterminantId elsewhere = create(tenant, second.id(), barrier("b", Set.of()));
    DeterminantId abroad = create(other, foreign.id(), barrier("c", Set.of()));

    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant, Role.LEAD, () -> determinants.merge(plan.id(), kept, elsewhere)))
        .isInstanceOf(DeterminantRuleException.class)
        .hasMessageContaining("different implementations");
    assertThatThrownBy(
            () -> fixtures.as(tenant, Role.LEAD, () -> determinants.merge(plan.id(), kept, abroad)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> fixtures.as(tenant, Role.LEAD, () -> determinants.merge(plan.id(), kept, kept)))
        .isInstanceOf(DeterminantRuleException.class);
  }

  @Test
  void anEditIsKeptInTheHistory() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    DeterminantId id = create(tenant, plan.id(), barrier("Slow login", Set.of()));

    fixtures.as(
        tenant,
        Role.LEAD,
        () ->
            determinants.update(
                plan.id(), id, barrier("Slow login on shared PCs", Set.of(), "cfir.a4")));

    Determinant edited = fixtures.as(tenant, Role.LEAD, () -> determinants.get(plan.id(), id));
    assertThat(edited.description()).isEqualTo("Slow login on shared PCs");
    assertThat(edited.version()).isEqualTo(2);
    assertThat(fixtures.as(tenant, Role.LEAD, () -> changes(tenant, plan, id)))
        .containsExactly("1 CREATE", "2 UPDATE");
  }

  /** The versions of a determinant, oldest first, as "version change". */
  private List<String> changes(
      Fixtures.Tenant tenant, ImplementationFixtures.Plan plan, DeterminantId id) {
    return fixtures
        .as(tenant, Role.LEAD, () -> histories.versions(plan.id(), id))
        .reversed()
        .stream()
        .map(version -> version.version() + " " + version.change())
        .toList();
  }
}
