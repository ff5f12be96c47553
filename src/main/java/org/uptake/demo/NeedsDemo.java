package org.uptake.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.determinant.ConsultationDetails;
import org.uptake.determinant.ConsultationMethod;
import org.uptake.determinant.NeedsAssessments;
import org.uptake.implementation.ImplementationSummary;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.UnitId;
import org.uptake.platform.OrganisationId;

/**
 * The needs assessment of the first demo rollout, as a lead would have run it in the weeks before
 * the pilot: managers, nurses, physicians, IT and the supplier were heard; service users, the
 * social services unit and the staff on three shifts or on call were not, so the page shows its
 * gaps.
 */
@Component
@Order(2)
class NeedsDemo implements DemoContribution {

  private final Implementations implementations;
  private final NeedsAssessments needs;
  private final Clock clock;

  NeedsDemo(Implementations implementations, NeedsAssessments needs, Clock clock) {
    this.implementations = implementations;
    this.needs = needs;
    this.clock = clock;
  }

  @Override
  public void load(OrganisationId organisation, DemoPeople people) {
    List<ImplementationSummary> rollouts = implementations.list();
    if (rollouts.isEmpty() || people.units().size() < 5) {
      return;
    }
    ImplementationSummary rollout = rollouts.getFirst();
    List<UnitId> units = people.units();
    UnitId reception = units.get(0);
    UnitId chronic = units.get(1);
    UnitId maternity = units.get(2);
    UnitId homeCare = units.get(3);
    LocalDate today = LocalDate.now(clock);
    List<ConsultationDetails> held =
        List.of(
            held(
                "manager",
                ConsultationMethod.INTERVIEW,
                today.minusDays(70),
                4,
                Set.of(reception, chronic, maternity, homeCare),
                Set.of(ShiftPattern.DAY),
                "One interview per unit manager; all named staffing as the first worry."),
            held(
                "registered_nurse",
                ConsultationMethod.FOCUS_GROUP,
                today.minusDays(63),
                7,
                Set.of(reception, chronic),
                Set.of(ShiftPattern.DAY, ShiftPattern.TWO_SHIFT),
                "Held after the morning meeting; the phone-line nurses came in turns."),
            held(
                "practical_nurse",
                ConsultationMethod.SURVEY,
                today.minusDays(60),
                11,
                Set.of(homeCare),
                Set.of(ShiftPattern.TWO_SHIFT),
                "Short paper survey left in the home care office for two weeks."),
            held(
                "physician",
                ConsultationMethod.INTERVIEW,
                today.minusDays(58),
                3,
                Set.of(reception, chronic),
                Set.of(ShiftPattern.DAY),
                null),
            held(
                "public_health_nurse",
                ConsultationMethod.WORKSHOP,
                today.minusDays(55),
                9,
                Set.of(maternity),
                Set.of(ShiftPattern.DAY),
                "Mapped which child health contacts could move to chat."),
            held(
                "it",
                ConsultationMethod.WORKSHOP,
                today.minusDays(50),
                2,
                Set.of(),
                Set.of(),
                "Identity service, single sign-on and the patient record interface."),
            held(
                "supplier",
                ConsultationMethod.DOCUMENT,
                today.minusDays(48),
                1,
                Set.of(),
                Set.of(),
                "Read the supplier's deployment guide and service level description."));
    for (ConsultationDetails consultation : held) {
      needs.record(rollout.id(), consultation);
    }
  }

  private static ConsultationDetails held(
      String group,
      ConsultationMethod method,
      LocalDate on,
      int people,
      Set<UnitId> units,
      Set<ShiftPattern> shifts,
      @Nullable String note) {
    return new ConsultationDetails(group, method, on, people, units, shifts, note);
  }
}
