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
                    "Many of my clients have no smartphone, or cannot use the bank ID.")),
            finding(
                Valence.BARRIER,
                "Chat messages arrive in a separate inbox from the patient record",
                Set.of("registered_nurse", "physician", "it"),
                Set.of(first, at(units, 1)),
                3,
                2,
                Set.of("cfir.a7", "npt.collective-action", "factor.resources-infrastructure"),
                new Evidence(
                    EvidenceKind.NOTE,
                    "Copying a message into the record takes about two minutes.")),
            finding(
                Valence.BARRIER,
                "Log-in with the smart card is slow on shared computers",
                Set.of("practical_nurse", "it"),
                Set.of(at(units, 3)),
                2,
                2,
                Set.of("cfir.c1", "npt.p11", "factor.resources-infrastructure"),
                new Evidence(
                    EvidenceKind.SURVEY, "Median log-in took 95 seconds in a week of timings.")),
            finding(
                Valence.BARRIER,
                "Physicians doubt that written triage is safe for acute symptoms",
                Set.of("physician"),
                Set.of(first),
                3,
                1,
                Set.of("cfir.a2", "npt.p03", "factor.safety-equity"),
                new Evidence(
                    EvidenceKind.QUOTATION,
                    "I want to hear the patient before I decide it can wait until tomorrow.")),
            finding(
                Valence.BARRIER,
                "No agreed way to give feedback on the service to the supplier",
                Set.of("manager", "supplier"),
                Set.of(),
                1,
                2,
                Set.of("cfir.e8", "npt.p13"),
                new Evidence(
                    EvidenceKind.NOTE,
                    "Feedback so far has gone by e-mail to one contact person.")),
            finding(
                Valence.BARRIER,
                "Home care visits leave no time at a desk to answer messages",
                Set.of("practical_nurse", "registered_nurse"),
                Set.of(at(units, 3)),
                3,
                2,
                Set.of("cfir.c10", "npt.p07", "factor.resources-infrastructure"),
                new Evidence(
                    EvidenceKind.QUOTATION, "We are in cars and homes all day, not at a screen.")),
            finding(
                Valence.FACILITATOR,
                "Managers back the rollout and have named it a goal for the year",
                Set.of("manager"),
                Set.copyOf(units),
                2,
                3,
                Set.of("cfir.d2", "npt.cognitive-participation", "factor.culture-leadership"),
                new Evidence(EvidenceKind.NOTE, "The rollout is in every unit's annual plan.")),
            finding(
                Valence.FACILITATOR,
                "Public health nurses already use chat with families",
                Set.of("public_health_nurse"),
                Set.of(at(units, 2)),
                2,
                1,
                Set.of("cfir.d13", "npt.p05", "factor.motivation-attitudes"),
                new Evidence(
                    EvidenceKind.QUOTATION,
                    "Parents prefer to write in the evening; we answer in the morning.")),
            finding(
                Valence.FACILITATOR,
                "The supplier offers short video guides for each task",
                Set.of("supplier", "registered_nurse"),
                Set.of(first, at(units, 1)),
                1,
                2,
                Set.of("cfir.e6", "npt.p10", "factor.skills-knowledge"),
                new Evidence(EvidenceKind.NOTE, "Twelve guides of two to four minutes each.")),
            finding(
                Valence.FACILITATOR,
                "Usage figures are reviewed at the monthly unit meeting",
                Set.of("manager", "registered_nurse"),
                Set.of(at(units, 1)),
                2,
                1,
                Set.of("cfir.e8", "npt.p12"),
                new Evidence(EvidenceKind.NOTE, "The first review found two unanswered queues."))));
  }

  /** The unit at the index, or the last one in an organisation with fewer units. */
  private static UnitId at(List<UnitId> units, int index) {
    return units.get(Math.min(index, units.size() - 1));
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
