package org.uptake.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.AccountId;
import org.uptake.access.Role;
import org.uptake.platform.NotFoundException;

@UptakeTest
class TasksTest {

  @Autowired Fixtures fixtures;
  @Autowired Tasks tasks;

  @Test
  void workLandsInTheAssigneesInboxOnlyAndCanBeMarkedDoneByThem() {
    Fixtures.Tenant tenant = fixtures.tenant();
    AccountId champion = tenant.accounts().get(Role.CHAMPION);
    UUID id =
        fixtures.as(
            tenant,
            Role.LEAD,
            () ->
                tasks.assign(
                    new NewTask(
                        champion,
                        "Visit Ward A",
                        "Two nurses asked for help",
                        LocalDate.now().minusDays(1),
                        "task",
                        "/tasks")));

    List<Task> mine = fixtures.as(tenant, Role.CHAMPION, () -> tasks.mine());
    assertThat(mine).extracting(Task::title).containsExactly("Visit Ward A");
    assertThat(mine.getFirst().overdue(LocalDate.now())).isTrue();
    assertThat(fixtures.as(tenant, Role.LEAD, () -> tasks.mine())).isEmpty();

    assertThatThrownBy(() -> fixtures.as(tenant, Role.LEAD, () -> tasks.setDone(id, true)))
        .isInstanceOf(NotFoundException.class);
    fixtures.as(tenant, Role.CHAMPION, () -> tasks.setDone(id, true));
    Task done = fixtures.as(tenant, Role.CHAMPION, () -> tasks.mine()).getFirst();
    assertThat(done.done()).isTrue();
    assertThat(done.overdue(LocalDate.now())).isFalse();
  }

  @Test
  void workCannotBeAssignedToAnotherOrganisationsAccount() {
    Fixtures.Tenant a = fixtures.tenant();
    Fixtures.Tenant b = fixtures.tenant();
    AccountId foreign = b.accounts().get(Role.MANAGER);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    a,
                    Role.LEAD,
                    () -> tasks.assign(new NewTask(foreign, "Leak", null, null, "task", "/tasks"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixtures.as(b, Role.MANAGER, () -> tasks.mine())).isEmpty();
  }

  @Test
  void aTaskLinksOnlyWithinUptake() {
    AccountId someone = new AccountId(UUID.randomUUID());
    assertThatThrownBy(() -> new NewTask(someone, "x", null, null, "task", "https://evil.example"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NewTask(someone, "x", null, null, "task", "//evil.example"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
