package org.uptake.implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.UnitId;
import org.uptake.platform.NotFoundException;

/**
 * One unit's part in an implementation: its five phases in order, the gate criteria it must meet
 * before it goes live, and the person answering for the unit's rollout (usually its manager). The
 * rules that span phases live here: go-live is refused while a gate criterion is unmet, embedding
 * and follow-up begin only after go-live, and a criterion cannot be withdrawn once the unit is
 * live.
 */
public record UnitPlan(
    UnitId unit,
    String unitName,
    @Nullable Person owner,
    List<Phase> phases,
    List<GateCriterion> gate) {

  public UnitPlan {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitName, "unitName");
    phases = List.copyOf(phases);
    gate = List.copyOf(gate);
    if (!phases.stream().map(Phase::name).toList().equals(Arrays.asList(PhaseName.values()))) {
      throw new IllegalArgumentException("a unit plan has each phase once, in order");
    }
  }

  /** A unit that has just joined: nothing planned, no criteria. */
  public static UnitPlan joining(UnitId unit, String unitName, @Nullable Person owner) {
    return new UnitPlan(
        unit,
        unitName,
        owner,
        Arrays.stream(PhaseName.values()).map(Phase::notPlanned).toList(),
        List.of());
  }

  public Phase phase(PhaseName name) {
    return phases.get(name.ordinal());
  }

  public List<GateCriterion> unmetCriteria() {
    return gate.stream().filter(criterion -> !criterion.met()).toList();
  }

  public boolean readyToGoLive() {
    return unmetCriteria().isEmpty();
  }

  public boolean live() {
    return phase(PhaseName.GO_LIVE).started();
  }

  /** The phase under way today (the latest started and not ended), if any. */
  public @Nullable Phase current() {
    Phase current = null;
    for (Phase phase : phases) {
      if (phase.started() && !phase.finished()) {
        current = phase;
      }
    }
    return current;
  }

  /** True once every phase has ended. */
  public boolean done() {
    return phases.stream().allMatch(Phase::finished);
  }

  public UnitPlan plan(PhaseName name, @Nullable DateRange dates) {
    return with(phase(name).plan(dates));
  }

  /** Records that a phase began; for go-live, every gate criterion must be met. */
  public UnitPlan start(PhaseName name, LocalDate on, LocalDate today) {
    Phase started = phase(name).start(on, today);
    mayStart(name, on);
    return with(started);
  }

  public UnitPlan goLive(LocalDate on, LocalDate today) {
    return start(PhaseName.GO_LIVE, on, today);
  }

  public UnitPlan finish(PhaseName name, LocalDate on, LocalDate today) {
    return with(phase(name).finish(on, today));
  }

  /**
   * Sets a phase's planned and actual dates as a whole (the edit form). A newly recorded or moved
   * actual start meets the same rules as {@link #start}.
   */
  public UnitPlan change(
      PhaseName name,
      @Nullable DateRange planned,
      @Nullable LocalDate actualStart,
      @Nullable LocalDate actualEnd,
      LocalDate today) {
    Phase old = phase(name);
    Phase changed = old.plan(planned).correctActual(actualStart, actualEnd, today);
    if (actualStart != null && !actualStart.equals(old.actualStart())) {
      mayStart(name, actualStart);
    }
    if (name == PhaseName.GO_LIVE) {
      for (Phase later : phases.subList(PhaseName.GO_LIVE.ordinal() + 1, phases.size())) {
        if (later.started() && (actualStart == null || later.actualStart().isBefore(actualStart))) {
          throw new PlanRuleException(
              "actualStart", "phase.error.later-phase-started", later.actualStart());
        }
      }
    }
    return with(changed);
  }

  public UnitPlan confirm(GateCriterionId id, Person by, LocalDate on, LocalDate today) {
    return withCriterion(criterion(id).confirm(by, on, today));
  }

  /**
   * Marks a criterion unmet again; refused once the unit is live, since go-live was decided on it.
   */
  public UnitPlan withdraw(GateCriterionId id) {
    GateCriterion criterion = criterion(id);
    if (live() && criterion.met()) {
      throw new PlanRuleException(null, "gate.error.withdraw-after-go-live");
    }
    return withCriterion(criterion.withdraw());
  }

  public GateCriterion criterion(GateCriterionId id) {
    return gate.stream()
        .filter(criterion -> criterion.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("gate criterion"));
  }

  private void mayStart(PhaseName name, LocalDate on) {
    if (name == PhaseName.GO_LIVE && !readyToGoLive()) {
      List<GateCriterion> unmet = unmetCriteria();
      throw new PlanRuleException(
          "actualStart",
          "phase.error.gate-unmet",
          unmet.size(),
          unmet.stream().map(GateCriterion::text).collect(Collectors.joining("; ")));
    }
    if (name.afterGoLive()) {
      Phase goLive = phase(PhaseName.GO_LIVE);
      if (!goLive.started()) {
        throw new PlanRuleException("actualStart", "phase.error.before-go-live");
      }
      if (on.isBefore(goLive.actualStart())) {
        throw new PlanRuleException(
            "actualStart", "phase.error.before-go-live-date", goLive.actualStart());
      }
    }
  }

  private UnitPlan with(Phase phase) {
    List<Phase> changed = new ArrayList<>(phases);
    changed.set(phase.name().ordinal(), phase);
    return new UnitPlan(unit, unitName, owner, changed, gate);
  }

  private UnitPlan withCriterion(GateCriterion criterion) {
    List<GateCriterion> changed =
        gate.stream()
            .map(existing -> existing.id().equals(criterion.id()) ? criterion : existing)
            .toList();
    return new UnitPlan(unit, unitName, owner, phases, changed);
  }
}
