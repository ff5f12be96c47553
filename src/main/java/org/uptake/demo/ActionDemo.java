package org.uptake.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.access.AccountId;
import org.uptake.access.Role;
import org.uptake.determinant.ActionId;
import org.uptake.determinant.ActionStatus;
import org.uptake.determinant.Actions;
import org.uptake.determinant.Determinant;
import org.uptake.determinant.DeterminantFilter;
import org.uptake.determinant.Determinants;
import org.uptake.determinant.NewAction;
import org.uptake.determinant.Valence;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.ImplementationSummary;
import org.uptake.implementation.Implementations;
import org.uptake.platform.OrganisationId;
import org.uptake.risk.AffectedGroup;
import org.uptake.risk.RiskDetails;
import org.uptake.risk.RiskId;
import org.uptake.risk.RiskStatus;
import org.uptake.risk.Risks;

/**
 * The action plan and the safety and equity risks of the first demo rollout: strategies chosen for
 * its barriers, owned by the champion, the manager and the lead, some done, one overdue; and risks
 * of the kind the seven-factor framework warns of, with mitigations. Invented, like the barriers.
 */
@Component
@Order(3)
class ActionDemo implements DemoContribution {

  private final Implementations implementations;
  private final Determinants determinants;
  private final Actions actions;
  private final Risks risks;
  private final Clock clock;

  ActionDemo(
      Implementations implementations,
      Determinants determinants,
      Actions actions,
      Risks risks,
      Clock clock) {
    this.implementations = implementations;
    this.determinants = determinants;
    this.actions = actions;
    this.risks = risks;
    this.clock = clock;
  }

  @Override
  public void load(OrganisationId organisation, DemoPeople people) {
    List<ImplementationSummary> rollouts = implementations.list();
    if (rollouts.isEmpty()) {
      return;
    }
    ImplementationId rollout = rollouts.getFirst().id();
    LocalDate today = LocalDate.now(clock);
    AccountId lead = people.account(Role.LEAD);
    AccountId manager = people.account(Role.MANAGER);
    AccountId champion = people.account(Role.CHAMPION);
    List<Determinant> barriers =
        determinants.list(rollout, new DeterminantFilter(Valence.BARRIER, null, null));

    ActionId time =
        action(
            rollout,
            "Two hours of protected learning time per nurse in the rota",
            "strategy.protected-learning-time",
            manager,
            Set.of(lead),
            Set.of(champion),
            today.minusDays(5),
            "npt.p07",
            barrier(barriers, "No protected time"),
            null);
    actions.change(rollout, time, ActionStatus.Change.START);
    action(
        rollout,
        "Write down who decides each unit's go-live date",
        "strategy.clear-decisions-responsibilities",
        lead,
        Set.of(manager),
        Set.of(champion),
        today.plusDays(10),
        "cfir.e4",
        barrier(barriers, "Unclear who decides"),
        null);
    ActionId night =
        action(
            rollout,
            "Announce the training dates on the night-shift notice board and by text message",
            "strategy.multichannel-communication",
            champion,
            Set.of(),
            Set.of(manager),
            today.minusDays(14),
            "Share of night staff trained",
            barrier(barriers, "Night staff"),
            null);
    actions.change(rollout, night, ActionStatus.Change.COMPLETE);
    ActionId demo =
        action(
            rollout,
            "Open the practice environment of the chat service to all units",
            "strategy.practice-environment",
            champion,
            Set.of(lead),
            Set.of(),
            today.minusDays(2),
            "Weekly active users",
            null,
            null);
    actions.change(rollout, demo, ActionStatus.Change.COMPLETE);

    RiskId skills =
        risks.create(
            rollout,
            new RiskDetails(
                "Patients without a smartphone or bank ID cannot reach the nurse by chat and wait"
                    + " longer on the phone line",
                Set.of(AffectedGroup.LOW_DIGITAL_SKILLS, AffectedGroup.AGE),
                null,
                4,
                3,
                RiskStatus.OPEN));
    risks.mitigate(
        rollout,
        skills,
        mitigation(
            "Keep a phone call-back slot every morning for chat-less patients",
            manager,
            today.plusDays(21)));
    RiskId language =
        risks.create(
            rollout,
            new RiskDetails(
                "Chat instructions exist only in Finnish",
                Set.of(AffectedGroup.LANGUAGE),
                null,
                3,
                3,
                RiskStatus.OPEN));
    risks.mitigate(
        rollout,
        language,
        mitigation(
            "Publish the instructions in Swedish and English", champion, today.plusDays(30)));
    risks.create(
        rollout,
        new RiskDetails(
            "The screen reader cannot read the chat's attachment button",
            Set.of(AffectedGroup.DISABILITY),
            null,
            2,
            4,
            RiskStatus.ACCEPTED));
  }

  private ActionId action(
      ImplementationId rollout,
      String title,
      String strategy,
      AccountId owner,
      Set<AccountId> consulted,
      Set<AccountId> informed,
      LocalDate due,
      String measure,
      @Nullable Determinant barrier,
      @Nullable RiskId risk) {
    return actions.create(
        rollout,
        new NewAction(
            title,
            strategy,
            owner,
            consulted,
            informed,
            due,
            measure,
            barrier == null ? Set.of() : Set.of(barrier.id()),
            risk == null ? null : risk.value()));
  }

  private static NewAction mitigation(String title, AccountId owner, LocalDate due) {
    return new NewAction(title, null, owner, Set.of(), Set.of(), due, null, Set.of(), null);
  }

  private static @Nullable Determinant barrier(List<Determinant> barriers, String startsWith) {
    return barriers.stream()
        .filter(barrier -> barrier.description().startsWith(startsWith))
        .findFirst()
        .orElse(null);
  }
}
