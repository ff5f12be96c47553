package org.uptake.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.uptake.access.AccountId;
import org.uptake.organisation.UnitId;

/** The rules of a unit's phases and go-live gate, without Spring or a database. */
class UnitPlanTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  static final Person MANAGER = new Person(new AccountId(UUID.randomUUID()), "Maija Manager");

  static UnitPlan plan(String... criteria) {
    UnitPlan plan = UnitPlan.joining(new UnitId(UUID.randomUUID()), "Home care", MANAGER);
    List<GateCriterion> gate =
        java.util.Arrays.stream(criteria)
            .map(text -> GateCriterion.unmet(new GateCriterionId(UUID.randomUUID()), text))
            .toList();
    return new UnitPlan(plan.unit(), plan.unitName(), plan.owner(), plan.phases(), gate);
  }

  static PlanRuleException refusal(Runnable change) {
    try {
      change.run();
    } catch (PlanRuleException e) {
      return e;
    }
    throw new AssertionError("the change was not refused");
  }

  @Test
  void aPlannedEndBeforeTheStartIsRefusedAndNamesTheStart() {
    PlanRuleException refused =
        refusal(() -> new DateRange(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 9)));
    assertThat(refused.reason()).isEqualTo("phase.error.end-before-start");
    assertThat(refused.field()).isEqualTo("plannedEnd");
    assertThat(refused.args()).containsExactly(LocalDate.of(2026, 4, 10));
    assertThat(new DateRange(TODAY, TODAY).contains(TODAY)).isTrue();
  }

  @Test
  void aPhaseStartsOnceEndsOnceAndNeverInTheFutureOrBeforeItsStart() {
    Phase phase = Phase.notPlanned(PhaseName.TRAIN).plan(new DateRange(TODAY, TODAY.plusDays(20)));
    assertThat(phase.status(TODAY)).isEqualTo(PhaseStatus.PLANNED);
    assertThat(phase.status(TODAY.plusDays(1))).isEqualTo(PhaseStatus.LATE);

    assertThat(refusal(() -> phase.start(TODAY.plusDays(1), TODAY)).reason())
        .isEqualTo("phase.error.future");
    assertThat(refusal(() -> phase.finish(TODAY, TODAY)).reason())
        .isEqualTo("phase.error.not-started");

    Phase started = phase.start(TODAY.minusDays(2), TODAY);
    assertThat(started.status(TODAY)).isEqualTo(PhaseStatus.IN_PROGRESS);
    assertThat(refusal(() -> started.start(TODAY, TODAY)).reason())
        .isEqualTo("phase.error.already-started");
    assertThat(refusal(() -> started.finish(TODAY.minusDays(3), TODAY)).reason())
        .isEqualTo("phase.error.actual-end-before-start");

    Phase done = started.finish(TODAY, TODAY);
    assertThat(done.status(TODAY)).isEqualTo(PhaseStatus.DONE);
    assertThat(refusal(() -> done.finish(TODAY, TODAY)).reason())
        .isEqualTo("phase.error.already-finished");
  }

  @Test
  void correctedActualDatesKeepTheirOrder() {
    Phase phase = Phase.notPlanned(PhaseName.PREPARE);
    assertThat(refusal(() -> phase.correctActual(null, TODAY, TODAY)).reason())
        .isEqualTo("phase.error.end-without-start");
    PlanRuleException backwards =
        refusal(() -> phase.correctActual(TODAY, TODAY.minusDays(1), TODAY));
    assertThat(backwards.reason()).isEqualTo("phase.error.actual-end-before-start");
    assertThat(backwards.field()).isEqualTo("actualEnd");
    assertThat(phase.correctActual(TODAY.minusDays(5), TODAY, TODAY).finished()).isTrue();
  }

  @Test
  void goLiveIsRefusedWhileACriterionIsUnmetAndTheReasonListsThem() {
    UnitPlan plan = plan("Nurses trained", "Reception scripts updated");
    GateCriterionId trained = plan.gate().get(0).id();
    UnitPlan halfway = plan.confirm(trained, MANAGER, TODAY, TODAY);

    PlanRuleException refused = refusal(() -> halfway.goLive(TODAY, TODAY));
    assertThat(refused.reason()).isEqualTo("phase.error.gate-unmet");
    assertThat(refused.args()).containsExactly(1, "Reception scripts updated");
    assertThat(halfway.live()).isFalse();

    UnitPlan ready = halfway.confirm(halfway.gate().get(1).id(), MANAGER, TODAY, TODAY);
    assertThat(ready.readyToGoLive()).isTrue();
    UnitPlan live = ready.goLive(TODAY, TODAY);
    assertThat(live.live()).isTrue();
    assertThat(live.current().name()).isEqualTo(PhaseName.GO_LIVE);
    assertThat(live.gate().get(0).confirmedBy()).isEqualTo(MANAGER);
    assertThat(live.gate().get(0).confirmedOn()).isEqualTo(TODAY);
  }

  @Test
  void theEditFormCannotSlipAGoLivePastTheGateEither() {
    UnitPlan plan = plan("Nurses trained");
    PlanRuleException refused =
        refusal(() -> plan.change(PhaseName.GO_LIVE, null, TODAY.minusDays(1), null, TODAY));
    assertThat(refused.reason()).isEqualTo("phase.error.gate-unmet");
    assertThat(refused.field()).isEqualTo("actualStart");
  }

  @Test
  void embeddingAndFollowUpBeginOnlyAfterGoLive() {
    UnitPlan plan = plan();
    assertThat(refusal(() -> plan.start(PhaseName.EMBED, TODAY, TODAY)).reason())
        .isEqualTo("phase.error.before-go-live");

    UnitPlan live = plan.goLive(TODAY.minusDays(5), TODAY);
    PlanRuleException early =
        refusal(() -> live.start(PhaseName.FOLLOW_UP, TODAY.minusDays(6), TODAY));
    assertThat(early.reason()).isEqualTo("phase.error.before-go-live-date");
    assertThat(early.args()).containsExactly(TODAY.minusDays(5));

    UnitPlan embedding = live.start(PhaseName.EMBED, TODAY.minusDays(1), TODAY);
    assertThat(embedding.current().name()).isEqualTo(PhaseName.EMBED);
    assertThat(refusal(() -> embedding.change(PhaseName.GO_LIVE, null, null, null, TODAY)).reason())
        .isEqualTo("phase.error.later-phase-started");
  }

  @Test
  void aCriterionCannotBeWithdrawnOnceTheUnitIsLiveNorConfirmedAhead() {
    UnitPlan plan = plan("Nurses trained");
    GateCriterionId criterion = plan.gate().getFirst().id();
    assertThat(refusal(() -> plan.confirm(criterion, MANAGER, TODAY.plusDays(1), TODAY)).reason())
        .isEqualTo("gate.error.future");

    UnitPlan confirmed = plan.confirm(criterion, MANAGER, TODAY, TODAY);
    assertThat(confirmed.withdraw(criterion).readyToGoLive()).isFalse();

    UnitPlan live = confirmed.goLive(TODAY, TODAY);
    assertThat(refusal(() -> live.withdraw(criterion)).reason())
        .isEqualTo("gate.error.withdraw-after-go-live");
  }

  @Test
  void aUnitPlanHoldsEachPhaseOnceInOrder() {
    UnitPlan plan = plan();
    assertThat(plan.phases()).extracting(Phase::name).containsExactly(PhaseName.values());
    assertThat(plan.current()).isNull();
    assertThat(plan.done()).isFalse();
    assertThatThrownBy(
            () -> new UnitPlan(plan.unit(), "x", null, plan.phases().subList(0, 4), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
