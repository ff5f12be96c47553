package org.uptake.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.access.Role;
import org.uptake.champion.Champions;
import org.uptake.implementation.ImplementationSummary;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.Organisations;
import org.uptake.organisation.UnitId;
import org.uptake.platform.OrganisationId;
import org.uptake.usage.FollowUp;
import org.uptake.usage.FollowUpFilter;
import org.uptake.usage.FollowUpOutcome;
import org.uptake.usage.FollowUps;

/**
 * Who needs a visit, after the usage log is in: the follow-up check runs once over whatever usage
 * the demo holds, and the demo champion has already been to see some of the people in their units
 * and written down what they found; the rest wait in the champion's inbox. Notes are invented.
 */
@Component
@Order(6)
class FollowUpDemo implements DemoContribution {

  /** How many of the champion's follow-ups already have an outcome. */
  static final int VISITED = 5;

  private static final List<FollowUpOutcome> OUTCOMES =
      List.of(
          FollowUpOutcome.LEARNED,
          FollowUpOutcome.NEEDS_TRAINING,
          FollowUpOutcome.LEARNED,
          FollowUpOutcome.NO_USE_IN_ROLE,
          FollowUpOutcome.OTHER);

  private final Implementations implementations;
  private final FollowUps followUps;
  private final Champions champions;
  private final Organisations organisations;

  FollowUpDemo(
      Implementations implementations,
      FollowUps followUps,
      Champions champions,
      Organisations organisations) {
    this.implementations = implementations;
    this.followUps = followUps;
    this.champions = champions;
    this.organisations = organisations;
  }

  @Override
  public void load(OrganisationId organisation, DemoPeople people) {
    List<ImplementationSummary> rollouts = implementations.list();
    if (rollouts.isEmpty()) {
      return;
    }
    ImplementationSummary rollout = rollouts.getFirst();
    followUps.checkNow(rollout.id());
    Set<UnitId> championed = Set.copyOf(champions.unitsOf(people.account(Role.CHAMPION)));
    List<FollowUp> theirs =
        followUps.list(rollout.id(), FollowUpFilter.all()).stream()
            .filter(followUp -> championed.contains(followUp.unit()))
            .sorted(Comparator.comparing(FollowUp::personName))
            .toList();
    List<String> notes = notes(organisations.language());
    int visited = 0;
    for (int i = 0; i < theirs.size() && visited < VISITED; i += 2) {
      followUps.recordOutcome(theirs.get(i).id(), OUTCOMES.get(visited), notes.get(visited));
      visited++;
    }
  }

  private static List<String> notes(Locale language) {
    return switch (language.getLanguage()) {
      case "fi" ->
          List.of(
              "Kirjautuminen ei onnistunut vuoron alussa; näytin pikakuvakkeen.",
              "Haluaa käydä koulutuksen ennen kuin ottaa käyttöön.",
              "Käytimme yhdessä kaksi viestiä läpi, jatkaa itse.",
              "Tekee vain yövuoroja laboratoriossa, ei potilasviestejä.",
              "Sairauslomalla, palataan asiaan kuun lopussa.");
      case "nb" ->
          List.of(
              "Fikk ikke logget inn ved vaktstart; viste snarveien.",
              "Vil ta opplæringen før hun begynner.",
              "Gikk gjennom to meldinger sammen, fortsetter selv.",
              "Jobber bare nattevakt på laboratoriet, ingen pasientmeldinger.",
              "Sykmeldt, tar det opp igjen i slutten av måneden.");
      case "sv" ->
          List.of(
              "Kunde inte logga in vid passets början; visade genvägen.",
              "Vill gå utbildningen innan hon börjar.",
              "Gick igenom två meddelanden tillsammans, fortsätter själv.",
              "Arbetar bara nätter på laboratoriet, inga patientmeddelanden.",
              "Sjukskriven, tar upp det igen i slutet av månaden.");
      default ->
          List.of(
              "Could not sign in at the start of the shift; showed the shortcut.",
              "Wants the training session before starting.",
              "Went through two messages together; carries on alone.",
              "Works only night shifts in the lab, no patient messages.",
              "On sick leave; will pick it up again at the end of the month.");
    };
  }
}
