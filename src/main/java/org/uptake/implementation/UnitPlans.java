package org.uptake.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.organisation.UnitId;
import org.uptake.platform.NotFoundException;

/**
 * The plan of each unit in an implementation: phase dates, go-live gate and the person answering
 * for the unit. Everyone signed in may read it; leads and admins change it. A change to a phase's
 * dates becomes a task for the people it concerns (see {@link PlanNotifications}). Refused changes
 * throw {@link PlanRuleException}.
 */
@Service
public class UnitPlans {

  private final UnitPlanRepository plans;
  private final ActivityRows activities;
  private final People people;
  private final PlanNotifications notifications;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  UnitPlans(
      UnitPlanRepository plans,
      ActivityRows activities,
      People people,
      PlanNotifications notifications,
      AuditTrail audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.plans = plans;
    this.activities = activities;
    this.people = people;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  @Transactional(readOnly = true)
  public UnitPlan get(ImplementationId implementation, UnitId unit) {
    plans.requireImplementation(implementation);
    return load(implementation, unit, people.directory());
  }

  /** Sets a phase's planned and actual dates as a whole; null planned dates leave it unplanned. */
  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public UnitPlan changePhase(
      ImplementationId implementation,
      UnitId unit,
      PhaseName phase,
      @Nullable DateRange planned,
      @Nullable LocalDate actualStart,
      @Nullable LocalDate actualEnd) {
    return apply(
        implementation,
        unit,
        "phase=" + phase,
        plan -> plan.change(phase, planned, actualStart, actualEnd, today()));
  }

  /** Plans several phases of a unit at once, with one notice to the people concerned. */
  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public UnitPlan planPhases(
      ImplementationId implementation, UnitId unit, Map<PhaseName, DateRange> dates) {
    return apply(
        implementation,
        unit,
        "phases=" + dates.keySet(),
        plan -> {
          UnitPlan planned = plan;
          for (Map.Entry<PhaseName, DateRange> phase : dates.entrySet()) {
            planned = planned.plan(phase.getKey(), phase.getValue());
          }
          return planned;
        });
  }

  /** Records that a phase began; go-live is refused while a gate criterion is unmet. */
  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public UnitPlan startPhase(
      ImplementationId implementation, UnitId unit, PhaseName phase, LocalDate on) {
    return apply(implementation, unit, "start=" + phase, plan -> plan.start(phase, on, today()));
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public UnitPlan finishPhase(
      ImplementationId implementation, UnitId unit, PhaseName phase, LocalDate on) {
    return apply(implementation, unit, "finish=" + phase, plan -> plan.finish(phase, on, today()));
  }

  /** Names the person who answers for the unit's rollout, or nobody with null. */
  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public void setOwner(ImplementationId implementation, UnitId unit, @Nullable AccountId owner) {
    People.Directory directory = people.directory();
    plans.requireImplementation(implementation);
    load(implementation, unit, directory);
    directory.personOrNull(owner);
    plans.setOwner(implementation, unit, owner);
    audit.changed("SET_OWNER", "implementation_unit", implementation, "unit=" + unit);
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public GateCriterionId addCriterion(ImplementationId implementation, UnitId unit, String text) {
    plans.requireImplementation(implementation);
    load(implementation, unit, people.directory());
    GateCriterionId id = plans.addCriterion(implementation, unit, Text.required(text, "text"));
    audit.changed("CREATE", "gate_criterion", id, "unit=" + unit);
    return id;
  }

  /** Records that a criterion is met, who confirmed it and on which day. */
  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public UnitPlan confirmCriterion(
      ImplementationId implementation,
      UnitId unit,
      GateCriterionId criterion,
      AccountId confirmedBy,
      LocalDate confirmedOn) {
    People.Directory directory = people.directory();
    Person confirmer = directory.person(confirmedBy);
    return apply(
        implementation,
        unit,
        "confirm=" + criterion,
        plan -> plan.confirm(criterion, confirmer, confirmedOn, today()));
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEAD') or @systemWork.active()")
  @Transactional
  public UnitPlan withdrawCriterion(
      ImplementationId implementation, UnitId unit, GateCriterionId criterion) {
    return apply(implementation, unit, "withdraw=" + criterion, plan -> plan.withdraw(criterion));
  }

  @PreAuthorize("isAuthenticated() or @systemWork.active()")
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private UnitPlan apply(
      ImplementationId implementation, UnitId unit, String what, UnaryOperator<UnitPlan> change) {
    String name = plans.implementationName(implementation);
    People.Directory directory = people.directory();
    UnitPlan before = load(implementation, unit, directory);
    UnitPlan after = change.apply(before);
    if (after.equals(before)) {
      return after;
    }
    plans.save(implementation, before, after);
    LocalDate wasLive = before.phase(PhaseName.GO_LIVE).actualStart();
    LocalDate isLive = after.phase(PhaseName.GO_LIVE).actualStart();
    if (!Objects.equals(wasLive, isLive)) {
      events.publishEvent(new GoLiveChanged(implementation, unit, wasLive, isLive));
    }
    audit.changed("UPDATE", "implementation_unit", implementation, "unit=" + unit + "," + what);
    notifications.phasesChanged(
        implementation,
        name,
        before,
        after,
        activities.activities(implementation, null, directory));
    return after;
  }

  private UnitPlan load(ImplementationId implementation, UnitId unit, People.Directory directory) {
    return plans.load(implementation, unit, directory).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("unit"));
  }
}
