package org.uptake.implementation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.organisation.UnitId;

/**
 * Object mother of implementation plans: a rollout of a small service in a {@link Fixtures} tenant,
 * both of its units taking part, the first with planned phases, a go-live criterion, an activity
 * with its RACI and a decision.
 *
 * <p>A plain component of the {@code test} profile (not a {@code @TestComponent}) so that every
 * {@code @UptakeTest} context has it and applications started by other tests do not.
 */
@Component
@Profile("test")
public class ImplementationFixtures {

  /** The ids a test needs to act on the plan. */
  public record Plan(
      ImplementationId id,
      DigitalServiceId service,
      UnitId unit,
      UnitId otherUnit,
      GateCriterionId criterion,
      ActivityId activity,
      DecisionId decision) {}

  private final ObjectProvider<Fixtures> fixtures;
  private final Implementations implementations;
  private final UnitPlans plans;
  private final Responsibilities responsibilities;
  private final DecisionLog decisions;

  ImplementationFixtures(
      ObjectProvider<Fixtures> fixtures,
      Implementations implementations,
      UnitPlans plans,
      Responsibilities responsibilities,
      DecisionLog decisions) {
    this.fixtures = fixtures;
    this.implementations = implementations;
    this.plans = plans;
    this.responsibilities = responsibilities;
    this.decisions = decisions;
  }

  /** The instance of the running test context. */
  /** Plans a rollout in the tenant as its implementation lead. */
  public Plan plan(Fixtures.Tenant tenant) {
    return fixtures
        .getObject()
        .as(
            tenant,
            Role.LEAD,
            () -> {
              UnitId ward = tenant.units().get(0);
              UnitId clinic = tenant.units().get(1);
              LocalDate today = plans.today();
              ImplementationId id =
                  implementations.create(
                      new NewImplementation(
                          null,
                          new DigitalServiceDetails(
                              "Front Door",
                              "Supplier Oy",
                              null,
                              List.of(new Feature("Chat", null))),
                          new ImplementationDetails(
                              "Online consultations",
                              "Same-day contact",
                              ImplementationStatus.IN_PROGRESS,
                              today),
                          List.of(ward, clinic)));
              plans.setOwner(id, ward, tenant.accounts().get(Role.MANAGER));
              plans.planPhases(
                  id,
                  ward,
                  Map.of(
                      PhaseName.PREPARE, new DateRange(today.minusDays(10), today.plusDays(10)),
                      PhaseName.TRAIN, new DateRange(today.plusDays(11), today.plusDays(30)),
                      PhaseName.GO_LIVE, new DateRange(today.plusDays(31), today.plusDays(35))));
              GateCriterionId criterion = plans.addCriterion(id, ward, "Nurses trained");
              ActivityId activity =
                  responsibilities.create(
                      id,
                      new ActivityDetails(
                          "Decide go-live date",
                          null,
                          PhaseName.GO_LIVE,
                          null,
                          new RaciAssignment(
                              tenant.accounts().get(Role.LEAD),
                              List.of(tenant.accounts().get(Role.MANAGER)),
                              List.of(tenant.accounts().get(Role.CHAMPION)),
                              List.of(tenant.accounts().get(Role.PROFESSIONAL)))));
              DecisionId decision =
                  decisions.record(
                      id,
                      new DecisionDetails(
                          "Pilot in the ward first",
                          "Fewest changes",
                          tenant.accounts().get(Role.LEAD),
                          today,
                          activity));
              return new Plan(
                  id,
                  implementations.get(id).service().id(),
                  ward,
                  clinic,
                  criterion,
                  activity,
                  decision);
            });
  }
}
