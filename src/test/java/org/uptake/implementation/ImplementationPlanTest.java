package org.uptake.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.platform.NotFoundException;
import org.uptake.task.Task;
import org.uptake.task.Tasks;

/**
 * The implementation plan on the real database: plans, notices in the right inboxes, RACI, tenancy
 * and roles.
 */
@UptakeTest
class ImplementationPlanTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired Implementations implementations;
  @Autowired UnitPlans unitPlans;
  @Autowired Responsibilities responsibilities;
  @Autowired DecisionLog decisions;
  @Autowired Tasks tasks;
  @Autowired Clock clock;

  private List<Task> inbox(Fixtures.Tenant tenant, Role role) {
    return fixtures.as(tenant, role, () -> tasks.mine());
  }

  @Test
  void aPlanIsSavedWithItsServiceUnitsPhasesGateRaciAndDecision() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);

    Implementation implementation =
        fixtures.as(tenant, Role.PROFESSIONAL, () -> implementations.get(plan.id()));
    assertThat(implementation.name()).isEqualTo("Online consultations");
    assertThat(implementation.service().features())
        .extracting(Feature::name)
        .containsExactly("Chat");
    assertThat(implementation.units())
        .extracting(UnitPlan::unitName)
        .containsExactly("Clinic B", "Ward A");
    UnitPlan ward = implementation.unit(plan.unit());
    assertThat(ward.owner().id()).isEqualTo(tenant.accounts().get(Role.MANAGER));
    assertThat(ward.phase(PhaseName.TRAIN).planned()).isNotNull();
    assertThat(ward.phase(PhaseName.EMBED).planned()).isNull();
    assertThat(ward.gate()).extracting(GateCriterion::text).containsExactly("Nurses trained");

    Activity activity =
        fixtures.as(
            tenant, Role.PROFESSIONAL, () -> responsibilities.get(plan.id(), plan.activity()));
    assertThat(activity.accountable().id()).isEqualTo(tenant.accounts().get(Role.LEAD));
    assertThat(activity.responsible())
        .extracting(Person::id)
        .containsExactly(tenant.accounts().get(Role.MANAGER));
    assertThat(activity.consulted())
        .extracting(Person::id)
        .containsExactly(tenant.accounts().get(Role.CHAMPION));
    assertThat(activity.informed())
        .extracting(Person::id)
        .containsExactly(tenant.accounts().get(Role.PROFESSIONAL));

    List<Decision> log = fixtures.as(tenant, Role.PROFESSIONAL, () -> decisions.list(plan.id()));
    assertThat(log)
        .singleElement()
        .satisfies(
            decision -> {
              assertThat(decision.decidedBy().id()).isEqualTo(tenant.accounts().get(Role.LEAD));
              assertThat(decision.activityTitle()).isEqualTo("Decide go-live date");
            });
    assertThat(fixtures.as(tenant, Role.RESEARCHER, () -> implementations.list()))
        .singleElement()
        .satisfies(summary -> assertThat(summary.units()).isEqualTo(2));
  }

  @Test
  void changingAPhaseTellsTheUnitOwnerAndThePhasesPeopleButNotTheOneWhoChangedIt() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    LocalDate today = LocalDate.now(clock);
    String link = "/implementations/" + plan.id() + "/units/" + plan.unit();
    Map<Role, List<UUID>> before = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      before.put(role, inbox(tenant, role).stream().map(Task::id).toList());
    }
    Function<Role, List<Task>> news =
        role ->
            inbox(tenant, role).stream()
                .filter(
                    task -> !before.get(role).contains(task.id()) && task.originLink().equals(link))
                .toList();

    fixtures.as(
        tenant,
        Role.LEAD,
        () ->
            unitPlans.changePhase(
                plan.id(),
                plan.unit(),
                PhaseName.GO_LIVE,
                new DateRange(today.plusDays(45), today.plusDays(50)),
                null,
                null));

    for (Role told : List.of(Role.MANAGER, Role.CHAMPION, Role.PROFESSIONAL)) {
      assertThat(news.apply(told))
          .as("inbox of " + told)
          .singleElement()
          .satisfies(
              task -> {
                assertThat(task.originModule()).isEqualTo("implementation");
                assertThat(task.title()).contains("Online consultations", "Ward A");
                assertThat(task.dueDate()).isEqualTo(today.plusDays(7));
              });
    }
    assertThat(news.apply(Role.LEAD)).as("the lead made the change").isEmpty();
    assertThat(news.apply(Role.ADMIN)).as("not concerned").isEmpty();
    assertThat(
            fixtures
                .as(tenant, Role.LEAD, () -> unitPlans.get(plan.id(), plan.unit()))
                .phase(PhaseName.GO_LIVE)
                .plannedStart())
        .isEqualTo(today.plusDays(45));
  }

  @Test
  void savingTheSameDatesAgainTellsNoOne() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    Phase prepare =
        fixtures
            .as(tenant, Role.LEAD, () -> unitPlans.get(plan.id(), plan.unit()))
            .phase(PhaseName.PREPARE);
    int before = inbox(tenant, Role.MANAGER).size();
    fixtures.as(
        tenant,
        Role.ADMIN,
        () ->
            unitPlans.changePhase(
                plan.id(), plan.unit(), PhaseName.PREPARE, prepare.planned(), null, null));
    assertThat(inbox(tenant, Role.MANAGER)).hasSize(before);
  }

  @Test
  void changingResponsibilitiesIsSavedAndTellsThePeopleNamedAndTakenOff() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    RaciAssignment changed =
        new RaciAssignment(
            tenant.accounts().get(Role.LEAD),
            List.of(tenant.accounts().get(Role.CHAMPION)),
            List.of(),
            List.of(
                tenant.accounts().get(Role.PROFESSIONAL), tenant.accounts().get(Role.RESEARCHER)));
    String link = "/implementations/" + plan.id() + "/responsibilities#activity-" + plan.activity();
    Function<Role, List<Task>> news =
        role ->
            inbox(tenant, role).stream().filter(task -> task.originLink().equals(link)).toList();
    int championBefore = news.apply(Role.CHAMPION).size();
    int managerBefore = news.apply(Role.MANAGER).size();
    assertThat(news.apply(Role.RESEARCHER)).isEmpty();

    fixtures.as(
        tenant,
        Role.LEAD,
        () ->
            responsibilities.update(
                plan.id(),
                plan.activity(),
                new ActivityDetails(
                    "Decide go-live date", "Per unit", PhaseName.GO_LIVE, plan.unit(), changed)));

    Activity saved =
        fixtures.as(tenant, Role.CHAMPION, () -> responsibilities.get(plan.id(), plan.activity()));
    assertThat(saved.assignment()).isEqualTo(changed);
    assertThat(saved.unit()).isEqualTo(plan.unit());
    assertThat(saved.description()).isEqualTo("Per unit");

    assertThat(news.apply(Role.CHAMPION)).hasSize(championBefore + 1);
    assertThat(news.apply(Role.RESEARCHER))
        .singleElement()
        .satisfies(task -> assertThat(task.detail()).isNotBlank());
    assertThat(news.apply(Role.MANAGER)).as("taken off").hasSize(managerBefore + 1);
    assertThat(news.apply(Role.LEAD)).as("made the change").isEmpty();
  }

  @Test
  void goLiveIsRefusedUntilTheGateIsMetAndThenRecorded() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    LocalDate today = LocalDate.now(clock);

    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () -> unitPlans.startPhase(plan.id(), plan.unit(), PhaseName.GO_LIVE, today)))
        .isInstanceOfSatisfying(
            PlanRuleException.class,
            e -> assertThat(e.args()).containsExactly(1, "Nurses trained"));

    UnitPlan live =
        fixtures.as(
            tenant,
            Role.LEAD,
            () -> {
              unitPlans.confirmCriterion(
                  plan.id(),
                  plan.unit(),
                  plan.criterion(),
                  tenant.accounts().get(Role.MANAGER),
                  today);
              return unitPlans.startPhase(plan.id(), plan.unit(), PhaseName.GO_LIVE, today);
            });
    assertThat(live.live()).isTrue();
    UnitPlan reloaded =
        fixtures.as(tenant, Role.PROFESSIONAL, () -> unitPlans.get(plan.id(), plan.unit()));
    assertThat(reloaded.phase(PhaseName.GO_LIVE).actualStart()).isEqualTo(today);
    assertThat(reloaded.gate().getFirst().confirmedBy().id())
        .isEqualTo(tenant.accounts().get(Role.MANAGER));
    assertThat(fixtures.as(tenant, Role.LEAD, () -> implementations.list()).getFirst().liveUnits())
        .isEqualTo(1);
  }

  @Test
  void anotherOrganisationsImplementationIsNotFound() {
    Fixtures.Tenant own = fixtures.tenant();
    Fixtures.Tenant other = fixtures.tenant();
    ImplementationFixtures.Plan foreign = plans.plan(other);

    assertThatThrownBy(() -> fixtures.as(own, Role.ADMIN, () -> implementations.get(foreign.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> fixtures.as(own, Role.LEAD, () -> unitPlans.get(foreign.id(), foreign.unit())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    own,
                    Role.LEAD,
                    () ->
                        unitPlans.changePhase(
                            foreign.id(), foreign.unit(), PhaseName.PREPARE, null, null, null)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    own, Role.LEAD, () -> responsibilities.get(foreign.id(), foreign.activity())))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixtures.as(own, Role.ADMIN, () -> implementations.list())).isEmpty();

    ImplementationFixtures.Plan ownPlan = plans.plan(own);
    RaciAssignment withAStranger =
        new RaciAssignment(
            other.accounts().get(Role.LEAD),
            List.of(own.accounts().get(Role.MANAGER)),
            List.of(),
            List.of());
    assertThatThrownBy(
            () ->
                fixtures.as(
                    own,
                    Role.LEAD,
                    () ->
                        responsibilities.create(
                            ownPlan.id(),
                            new ActivityDetails("Intrude", null, null, null, withAStranger))))
        .as("an account of another organisation cannot be named")
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aProfessionalMayReadThePlanButNotChangeIt() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    LocalDate today = LocalDate.now(clock);

    assertThat(fixtures.as(tenant, Role.PROFESSIONAL, () -> unitPlans.get(plan.id(), plan.unit())))
        .isNotNull();
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.PROFESSIONAL,
                    () ->
                        unitPlans.changePhase(
                            plan.id(),
                            plan.unit(),
                            PhaseName.TRAIN,
                            new DateRange(today, today),
                            null,
                            null)))
        .isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.MANAGER,
                    () ->
                        decisions.record(
                            plan.id(),
                            new DecisionDetails(
                                "x", null, tenant.accounts().get(Role.MANAGER), today, null))))
        .isInstanceOf(AuthorizationDeniedException.class);
  }
}
