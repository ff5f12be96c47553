package org.uptake.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.uptake.access.AccountId;
import org.uptake.organisation.UnitId;

/** RACI rules and who hears of a change, without Spring or a database. */
class RaciAssignmentTest {

  final AccountId lead = new AccountId(UUID.randomUUID());
  final AccountId manager = new AccountId(UUID.randomUUID());
  final AccountId champion = new AccountId(UUID.randomUUID());
  final AccountId nurse = new AccountId(UUID.randomUUID());

  @Test
  void oneDecidesAtLeastOneDoesAndNobodyIsAskedAboutTheirOwnWork() {
    assertThatThrownBy(() -> new RaciAssignment(lead, List.of(), List.of(), List.of()))
        .isInstanceOfSatisfying(
            PlanRuleException.class,
            e -> assertThat(e.reason()).isEqualTo("raci.error.responsible-required"));
    assertThatThrownBy(
            () -> new RaciAssignment(lead, List.of(manager), List.of(manager), List.of()))
        .isInstanceOfSatisfying(
            PlanRuleException.class, e -> assertThat(e.field()).isEqualTo("consulted"));
    assertThatThrownBy(
            () -> new RaciAssignment(lead, List.of(manager), List.of(champion), List.of(champion)))
        .isInstanceOfSatisfying(
            PlanRuleException.class,
            e -> assertThat(e.reason()).isEqualTo("raci.error.informed-overlap"));

    RaciAssignment raci =
        new RaciAssignment(
            lead, List.of(lead, manager, manager), List.of(champion), List.of(nurse));
    assertThat(raci.responsible()).containsExactly(lead, manager);
    assertThat(raci.rolesOf(lead)).containsExactly(RaciRole.ACCOUNTABLE, RaciRole.RESPONSIBLE);
    assertThat(raci.rolesOf(nurse)).containsExactly(RaciRole.INFORMED);
    assertThat(raci.everyone()).containsExactly(lead, manager, champion, nurse);
  }

  @Test
  void aResponsibilityChangeReachesEveryoneNamedAndThoseTakenOffButNotTheChanger() {
    RaciAssignment before = new RaciAssignment(lead, List.of(manager), List.of(), List.of(nurse));
    RaciAssignment after = new RaciAssignment(lead, List.of(champion), List.of(), List.of(nurse));

    Map<AccountId, List<RaciRole>> concerned =
        Recipients.ofResponsibilityChange(before, after, lead);

    assertThat(concerned)
        .containsOnlyKeys(champion, nurse, manager)
        .containsEntry(champion, List.of(RaciRole.RESPONSIBLE))
        .containsEntry(manager, List.of());
  }

  @Test
  void aPhaseChangeReachesTheUnitOwnerAndThePeopleOfActivitiesAboutThatUnitOrPhase() {
    UnitId homeCare = new UnitId(UUID.randomUUID());
    UnitId reception = new UnitId(UUID.randomUUID());
    Person leadPerson = new Person(lead, "Lead");
    Activity goLiveEverywhere =
        new Activity(
            new ActivityId(UUID.randomUUID()),
            "Decide go-live",
            null,
            PhaseName.GO_LIVE,
            null,
            null,
            leadPerson,
            List.of(new Person(champion, "Champion")),
            List.of(),
            List.of());
    Activity receptionOnly =
        new Activity(
            new ActivityId(UUID.randomUUID()),
            "Reception scripts",
            null,
            null,
            reception,
            "Reception",
            leadPerson,
            List.of(new Person(nurse, "Nurse")),
            List.of(),
            List.of());

    Set<AccountId> goLive =
        Recipients.ofPhaseChange(
            homeCare,
            manager,
            Set.of(PhaseName.GO_LIVE),
            List.of(goLiveEverywhere, receptionOnly),
            lead);
    assertThat(goLive).containsExactlyInAnyOrder(manager, champion);

    Set<AccountId> training =
        Recipients.ofPhaseChange(
            homeCare,
            manager,
            Set.of(PhaseName.TRAIN),
            List.of(goLiveEverywhere, receptionOnly),
            manager);
    assertThat(training).isEmpty();
  }
}
