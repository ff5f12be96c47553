package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.AccountId;
import org.uptake.access.Role;
import org.uptake.determinant.ActionStatus.Change;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.platform.NotFoundException;
import org.uptake.task.Task;
import org.uptake.task.Tasks;

/** The action plan on the real database: owners, inbox tasks, status changes, overdue flags. */
@UptakeTest
class ActionsTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired Actions actions;
  @Autowired Determinants determinants;
  @Autowired Tasks tasks;

  Fixtures.Tenant tenant;
  ImplementationFixtures.Plan plan;
  AccountId champion;

  @BeforeEach
  void plan() {
    tenant = fixtures.tenant();
    plan = plans.plan(tenant);
    champion = tenant.accounts().get(Role.CHAMPION);
  }

  private NewAction action(String title, AccountId owner, LocalDate due) {
    return new NewAction(
        title,
        "strategy.protected-learning-time",
        owner,
        Set.of(tenant.accounts().get(Role.MANAGER)),
        Set.of(tenant.accounts().get(Role.PROFESSIONAL)),
        due,
        "npt.p07",
        Set.of(),
        null);
  }

  /** The tasks the action plan gave (the plan fixture gives some of its own). */
  private static List<Task> fromThePlan(List<Task> inbox) {
    return inbox.stream().filter(task -> task.originModule().equals("action")).toList();
  }

  @Test
  void anActionWithoutOwnerIsRefusedWithAClearError() {
    NewAction ownerless =
        new NewAction("Protected time", null, null, Set.of(), Set.of(), null, null, Set.of(), null);
    assertThatThrownBy(
            () -> fixtures.as(tenant, Role.LEAD, () -> actions.create(plan.id(), ownerless)))
        .isInstanceOf(ActionRuleException.class)
        .hasMessage("An action needs an owner")
        .extracting(e -> ((ActionRuleException) e).messageKey())
        .isEqualTo("action.error.no-owner");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> actions.list(plan.id()))).isEmpty();
  }

  @Test
  void theOwnerGetsATaskInTheOrganisationsLanguageLinkingToTheAction() {
    ActionId id =
        fixtures.as(
            tenant,
            Role.LEAD,
            () ->
                actions.create(
                    plan.id(), action("Suojattu aika", champion, LocalDate.now().plusDays(14))));

    List<Task> inbox = fromThePlan(fixtures.as(tenant, Role.CHAMPION, () -> tasks.mine()));
    assertThat(inbox)
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.title()).startsWith("Toimenpide sinulle: Suojattu aika");
              assertThat(task.detail()).contains("npt.p07");
              assertThat(task.originLink())
                  .isEqualTo("/implementations/" + plan.id() + "/actions#action-" + id);
              assertThat(task.dueDate()).isEqualTo(LocalDate.now().plusDays(14));
            });

    Action saved = fixtures.as(tenant, Role.RESEARCHER, () -> actions.list(plan.id())).getFirst();
    assertThat(saved.ownerName()).isEqualTo("Test CHAMPION");
    assertThat(saved.consulted()).containsExactly("Test MANAGER");
    assertThat(saved.informed()).containsExactly("Test PROFESSIONAL");
    assertThat(saved.status()).isEqualTo(ActionStatus.PLANNED);
    assertThat(saved.overdue()).isFalse();
  }

  @Test
  void anOverdueActionGivesTheLeadOneTaskHoweverOftenThePlanIsRead() {
    fixtures.as(
        tenant,
        Role.LEAD,
        () ->
            actions.create(plan.id(), action("Late one", champion, LocalDate.now().minusDays(3))));
    fixtures.as(
        tenant,
        Role.LEAD,
        () -> actions.create(plan.id(), action("On time", champion, LocalDate.now().plusDays(3))));

    assertThat(fixtures.as(tenant, Role.MANAGER, () -> actions.flagOverdue(plan.id()))).isOne();
    assertThat(fixtures.as(tenant, Role.CHAMPION, () -> actions.flagOverdue(plan.id()))).isZero();

    List<Task> leads = fromThePlan(fixtures.as(tenant, Role.LEAD, () -> tasks.mine()));
    assertThat(leads)
        .singleElement()
        .extracting(Task::title)
        .asString()
        .startsWith("Myöhässä oleva toimenpide: Late one");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> actions.list(plan.id())))
        .extracting(Action::title, Action::overdue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Late one", true),
            org.assertj.core.groups.Tuple.tuple("On time", false));
  }

  @Test
  void theOwnerMovesTheirActionAndIllegalMovesAreRefused() {
    ActionId id =
        fixtures.as(
            tenant,
            Role.LEAD,
            () -> actions.create(plan.id(), action("Demo environment", champion, null)));
    assertThat(
            fixtures.as(tenant, Role.CHAMPION, () -> actions.change(plan.id(), id, Change.START)))
        .isEqualTo(ActionStatus.IN_PROGRESS);
    assertThatThrownBy(
            () ->
                fixtures.as(tenant, Role.MANAGER, () -> actions.change(plan.id(), id, Change.DROP)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(fixtures.as(tenant, Role.LEAD, () -> actions.change(plan.id(), id, Change.COMPLETE)))
        .isEqualTo(ActionStatus.DONE);
    assertThatThrownBy(
            () -> fixtures.as(tenant, Role.LEAD, () -> actions.change(plan.id(), id, Change.DROP)))
        .isInstanceOf(ActionRuleException.class);
  }

  @Test
  void aNewOwnerGetsATaskAndTheOldOneKeepsTheirs() {
    ActionId id =
        fixtures.as(
            tenant,
            Role.LEAD,
            () -> actions.create(plan.id(), action("Feedback channel", champion, null)));
    AccountId manager = tenant.accounts().get(Role.MANAGER);
    fixtures.as(tenant, Role.LEAD, () -> actions.reassign(plan.id(), id, manager));
    fixtures.as(tenant, Role.LEAD, () -> actions.reassign(plan.id(), id, manager));

    assertThat(fromThePlan(fixtures.as(tenant, Role.MANAGER, () -> tasks.mine())))
        .singleElement()
        .extracting(Task::title)
        .asString()
        .startsWith("Toimenpide sinulle: Feedback channel");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> actions.list(plan.id())).getFirst().ownerName())
        .isEqualTo("Test MANAGER");
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () ->
                        actions.reassign(
                            plan.id(), id, new AccountId(java.util.UUID.randomUUID()))))
        .isInstanceOf(ActionRuleException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(tenant, Role.CHAMPION, () -> actions.reassign(plan.id(), id, champion)))
        .isInstanceOf(AuthorizationDeniedException.class);
  }

  @Test
  void onlyLeadsAndAdminsPlanAndAnotherOrganisationsActionsAreNotFound() {
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.CHAMPION,
                    () -> actions.create(plan.id(), action("Mine", champion, null))))
        .isInstanceOf(AuthorizationDeniedException.class);
    ActionId id =
        fixtures.as(
            tenant, Role.ADMIN, () -> actions.create(plan.id(), action("Ours", champion, null)));

    Fixtures.Tenant other = fixtures.tenant();
    ImplementationFixtures.Plan theirs = plans.plan(other);
    assertThatThrownBy(
            () ->
                fixtures.as(other, Role.LEAD, () -> actions.change(theirs.id(), id, Change.START)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    other,
                    Role.LEAD,
                    () -> actions.create(theirs.id(), action("Foreign owner", champion, null))))
        .isInstanceOf(ActionRuleException.class)
        .hasMessageContaining("No account");
  }
}
