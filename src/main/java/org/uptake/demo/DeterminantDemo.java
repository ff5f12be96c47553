package org.uptake.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.determinant.DeterminantDetails;
import org.uptake.determinant.Determinants;
import org.uptake.determinant.Evidence;
import org.uptake.determinant.EvidenceKind;
import org.uptake.determinant.Valence;
import org.uptake.implementation.ImplementationSummary;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.UnitId;
import org.uptake.platform.OrganisationId;

/**
 * Barriers and facilitators of the demo rollouts, as a needs assessment would find them: from
 * interviews with nurses, managers and IT, tagged with the frameworks. The findings are invented;
 * their kinds follow the seeds.
 */
@Component
@Order(2)
class DeterminantDemo implements DemoContribution {

  private final Implementations implementations;
  private final Determinants determinants;

  DeterminantDemo(Implementations implementations, Determinants determinants) {
    this.implementations = implementations;
    this.determinants = determinants;
  }

  @Override
  public void load(OrganisationId organisation, DemoPeople people) {
    List<ImplementationSummary> rollouts = implementations.list();
    if (rollouts.isEmpty()) {
      return;
    }
    ImplementationSummary rollout = rollouts.getFirst();
    List<UnitId> units = people.units();
    UnitId first = units.getFirst();
    UnitId last = units.getLast();
    determinants.createAll(
        rollout.id(),
        List.of(
            finding(
                Valence.BARRIER,
                "No protected time to learn the new service during shifts",
                Set.of("registered_nurse", "practical_nurse", "manager"),
                Set.copyOf(units),
                3,
                3,
                Set.of("cfir.c10", "npt.collective-action", "factor.resources-infrastructure"),
                new Evidence(
                    EvidenceKind.QUOTATION,
                    "We were told to learn it between patients, and there is no between.")),
            finding(
                Valence.BARRIER,
                "Unclear who decides the go-live date of each unit",
                Set.of("manager"),
                Set.of(),
                2,
                2,
                Set.of("cfir.e4", "npt.cognitive-participation", "factor.culture-leadership"),
                new Evidence(
                    EvidenceKind.NOTE,
                    "Two managers named different people as the decision-maker.")),
            finding(
                Valence.BARRIER,
                "Night staff did not hear about the training sessions",
                Set.of("practical_nurse"),
                Set.of(last),
                2,
                1,
                Set.of("cfir.c3", "npt.coherence", "factor.skills-knowledge"),
                new Evidence(
                    EvidenceKind.SURVEY, "3 of 11 night-shift staff knew the training dates.")),
            finding(
                Valence.FACILITATOR,
                "Nurses see that chat saves phone time in the morning rush",
                Set.of("registered_nurse", "public_health_nurse"),
                Set.of(first),
                3,
                2,
                Set.of("cfir.a3", "npt.coherence", "factor.motivation-attitudes"),
                new Evidence(
                    EvidenceKind.QUOTATION,
                    "If the chat takes the simple questions, the phone line is free for the sick ones.")),
            finding(
                Valence.FACILITATOR,
                "A named tech champion in every unit",
                Set.of("registered_nurse", "manager"),
                Set.copyOf(units),
                2,
                3,
                Set.of("cfir.d4", "npt.collective-action", "factor.skills-knowledge"),
                new Evidence(EvidenceKind.NOTE, "Champions have four protected hours a week.")),
            finding(
                Valence.BARRIER,
                "Patients with low digital skills may be left out",
                Set.of("social_worker", "service_user"),
                Set.copyOf(units),
                2,
                2,
                Set.of("cfir.c4b", "factor.safety-equity"),
                new Evidence(
                    EvidenceKind.QUOTATION,
                    "Many of my clients have no smartphone, or cannot use the bank ID."))));
  }

  private static Map.Entry<DeterminantDetails, List<Evidence>> finding(
      Valence valence,
      String description,
      Set<String> groups,
      Set<UnitId> units,
      int strength,
      int spread,
      Set<String> tags,
      Evidence evidence) {
    return Map.entry(
        new DeterminantDetails(valence, description, groups, units, strength, spread, tags),
        List.of(evidence));
  }
}
