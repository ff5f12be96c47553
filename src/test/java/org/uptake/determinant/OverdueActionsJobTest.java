package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.task.Task;
import org.uptake.task.Tasks;

/** The morning job flags overdue actions in every organisation, with no one signed in, once. */
@UptakeTest
class OverdueActionsJobTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired Actions actions;
  @Autowired Tasks tasks;
  @Autowired OverdueActionsJob job;

  @Test
  void anOverdueActionInAPlanNobodyOpensGivesTheLeadOneTask() {
    Fixtures.Tenant tenant = fixtures.tenant();
    Fixtures.Tenant other = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ImplementationFixtures.Plan otherPlan = plans.plan(other);
    fixtures.as(
        tenant, Role.LEAD, () -> actions.create(plan.id(), late("Train the night shift", tenant)));
    fixtures.as(
        other, Role.LEAD, () -> actions.create(otherPlan.id(), late("Demo environment", other)));

    SecurityContextHolder.clearContext();
    job.run();
    job.run();

    assertThat(overdueTasks(tenant)).singleElement().asString().contains("Train the night shift");
    assertThat(overdueTasks(other)).singleElement().asString().contains("Demo environment");
  }

  private NewAction late(String title, Fixtures.Tenant tenant) {
    return new NewAction(
        title,
        null,
        tenant.accounts().get(Role.CHAMPION),
        Set.of(),
        Set.of(),
        LocalDate.now().minusDays(3),
        null,
        Set.of(),
        null);
  }

  private List<String> overdueTasks(Fixtures.Tenant tenant) {
    return fixtures.as(tenant, Role.LEAD, () -> tasks.mine()).stream()
        .filter(task -> task.originModule().equals("action"))
        .map(Task::title)
        .toList();
  }
}
