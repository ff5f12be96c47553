package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.AccountId;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.organisation.UnitManagers;
import org.uptake.platform.NotFoundException;
import org.uptake.task.Task;
import org.uptake.task.Tasks;

@UptakeTest
class FollowUpsTest {

  @Autowired FollowUpFixtures followUpFixtures;
  @Autowired Fixtures fixtures;
  @Autowired FollowUps followUps;
  @Autowired Tasks tasks;
  @Autowired UnitManagers managers;
  @Autowired SystemWork systemWork;
  @Autowired JdbcClient jdbc;
  @Autowired FollowUpJob job;

  @Test
  void eachEpisodeGivesTheChampionOneTaskInTheirLanguageAndNoNewOneTheNextNight() {
    FollowUpFixtures.Live live = followUpFixtures.live(30);
    followUpFixtures.champion(live);
    LocalDate today = live.goLive().plusDays(30);

    assertThat(followUpFixtures.check(live, today)).isEqualTo(new FollowUpRun(1, 0));
    assertThat(followUpFixtures.check(live, today)).isEqualTo(new FollowUpRun(0, 0));
    assertThat(followUpFixtures.check(live, today.plusDays(1))).isEqualTo(new FollowUpRun(0, 0));

    List<Task> inbox = inbox(live, Role.CHAMPION);
    assertThat(inbox).hasSize(1);
    // the organisation speaks Finnish and the champion has not chosen another language
    assertThat(inbox.getFirst().title())
        .isEqualTo(
            "Käy tapaamassa: Eero Laine ei ole vielä aloittanut palvelun Online consultations käyttöä");
    assertThat(inbox.getFirst().originLink())
        .startsWith("/implementations/" + live.plan().id() + "/follow-ups#follow-up-");
    FollowUp followUp = mine(live).getFirst();
    assertThat(followUp.kind()).isEqualTo(LapseKind.NEVER_STARTED);
    assertThat(followUp.since()).isEqualTo(live.goLive());
    assertThat(followUp.route()).isEqualTo(FollowUpRoute.CHAMPION);
  }

  @Test
  void theMorningJobChecksEveryRolloutOfTheOrganisationOnce() {
    FollowUpFixtures.Live live = followUpFixtures.live(30);
    followUpFixtures.champion(live);
    LocalDate today = live.goLive().plusDays(30);

    assertThat(systemWork.run(live.tenant().id(), () -> job.checkAll(today)))
        .isEqualTo(new FollowUpRun(1, 0));
    assertThat(systemWork.run(live.tenant().id(), () -> job.checkAll(today)))
        .isEqualTo(new FollowUpRun(0, 0));
    assertThat(inbox(live, Role.CHAMPION)).hasSize(1);
  }

  @Test
  void withoutAChampionTheUnitsManagersGetItAndAreToldWhy() {
    FollowUpFixtures.Live live = followUpFixtures.live(30);
    AccountId manager = live.tenant().accounts().get(Role.MANAGER);
    systemWork.run(live.tenant().id(), () -> managers.set(live.unit(), java.util.Set.of(manager)));

    followUpFixtures.check(live, live.goLive().plusDays(20));

    List<Task> inbox = inbox(live, Role.MANAGER);
    assertThat(inbox).hasSize(1);
    assertThat(inbox.getFirst().detail()).contains("Yksiköllä ei ole digituutoria");
    assertThat(
            fixtures.as(
                live.tenant(),
                Role.MANAGER,
                () -> followUps.list(live.plan().id(), FollowUpFilter.all())))
        .extracting(FollowUp::route)
        .containsExactly(FollowUpRoute.MANAGER);
  }

  @Test
  void usingItAgainResolvesTheFollowUpAndStoppingAgainOpensASecondEpisode() {
    FollowUpFixtures.Live live = followUpFixtures.live(60);
    followUpFixtures.champion(live);
    String doctor = live.tenant().key() + "-2";
    LocalDate live0 = live.goLive();
    followUpFixtures.used(live, doctor, List.of(live0.plusDays(1), live0.plusDays(30)));

    followUpFixtures.check(live, live0.plusDays(20));
    assertThat(mine(live))
        .extracting(FollowUp::kind, FollowUp::since, FollowUp::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LapseKind.STOPPED, live0.plusDays(1), FollowUpStatus.OPEN));

    assertThat(followUpFixtures.check(live, live0.plusDays(30))).isEqualTo(new FollowUpRun(0, 1));
    assertThat(followUpFixtures.check(live, live0.plusDays(44))).isEqualTo(new FollowUpRun(1, 0));

    assertThat(mine(live))
        .extracting(FollowUp::since, FollowUp::status, FollowUp::usedAgainOn)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(live0.plusDays(30), FollowUpStatus.OPEN, null),
            org.assertj.core.groups.Tuple.tuple(
                live0.plusDays(1), FollowUpStatus.RESOLVED_BY_USE, live0.plusDays(30)));
    assertThat(inbox(live, Role.CHAMPION)).hasSize(2);
    assertThat(inbox(live, Role.CHAMPION))
        .as("the task of the episode ended by use is done; the new episode's is open")
        .extracting(Task::done)
        .containsExactlyInAnyOrder(true, false);
  }

  @Test
  void theChampionRecordsOutcomesTheyAreCountedAndTheirTaskIsDone() {
    FollowUpFixtures.Live live = followUpFixtures.live(40);
    followUpFixtures.champion(live);
    followUpFixtures.person(live, live.tenant().key() + "-3", "Kaisa", "Nieminen");
    followUpFixtures.person(live, live.tenant().key() + "-4", "Oskari", "Heikkinen");
    followUpFixtures.check(live, live.goLive().plusDays(40));
    List<FollowUp> open = mine(live);
    assertThat(open).hasSize(3);

    fixtures.as(
        live.tenant(),
        Role.CHAMPION,
        () -> {
          followUps.recordOutcome(open.get(0).id(), FollowUpOutcome.NEEDS_TRAINING, "  ");
          followUps.recordOutcome(open.get(1).id(), FollowUpOutcome.LEARNED, "Showed the inbox");
        });

    List<FollowUp> after = mine(live);
    assertThat(after)
        .filteredOn(f -> f.id().equals(open.get(1).id()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(FollowUpStatus.DONE);
              assertThat(f.note()).isEqualTo("Showed the inbox");
            });
    List<FollowUpCount> counts =
        fixtures.as(live.tenant(), Role.LEAD, () -> followUps.counts(live.plan().id()));
    assertThat(counts).hasSize(1);
    FollowUpCount clinic = counts.getFirst();
    assertThat(clinic.unitName()).isEqualTo("Clinic B");
    assertThat(clinic.kind()).isEqualTo(LapseKind.NEVER_STARTED);
    assertThat(
            List.of(
                clinic.open(),
                clinic.resolvedByUse(),
                clinic.learned(),
                clinic.needsTraining(),
                clinic.noUseInRole(),
                clinic.other()))
        .containsExactly(1, 0, 1, 1, 0, 0);
    assertThat(inbox(live, Role.CHAMPION)).filteredOn(Task::done).hasSize(2);
    Integer audited =
        systemWork.run(
            live.tenant().id(),
            () ->
                jdbc.sql(
                        "select count(*) from audit_event where entity_type = 'follow_up' and action = 'UPDATE'")
                    .query(Integer.class)
                    .single());
    assertThat(audited).isEqualTo(2);
  }

  @Test
  void onlyTheChampionsAndManagersOfThatUnitSeeOrAnswerAFollowUp() {
    FollowUpFixtures.Live live = followUpFixtures.live(30);
    followUpFixtures.champion(live);
    AccountId wardChampion = followUpFixtures.account(live, "ward-champion", Role.CHAMPION);
    followUpFixtures.champion(live, wardChampion, live.plan().unit());
    followUpFixtures.check(live, live.goLive().plusDays(30));
    FollowUpId id = mine(live).getFirst().id();

    String other = live.tenant().key() + ".ward-champion";
    Fixtures.Tenant tenant = live.tenant();
    assertThat(
            fixtures.as(
                new Fixtures.Tenant(
                    tenant.id(),
                    tenant.key(),
                    tenant.units(),
                    tenant.staff(),
                    tenant.accounts(),
                    java.util.Map.of(Role.CHAMPION, other),
                    tenant.tokens()),
                Role.CHAMPION,
                () -> followUps.list(live.plan().id(), FollowUpFilter.all())))
        .isEmpty();
    // a manager who manages no unit, a lead and an admin see the counts, never the people
    for (Role role : List.of(Role.MANAGER, Role.LEAD, Role.ADMIN)) {
      assertThat(
              fixtures.as(
                  tenant, role, () -> followUps.list(live.plan().id(), FollowUpFilter.all())))
          .as("%s", role)
          .isEmpty();
    }
    assertThatThrownBy(() -> fixtures.as(tenant, Role.MANAGER, () -> followUps.get(id)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.MANAGER,
                    () -> followUps.recordOutcome(id, FollowUpOutcome.OTHER, null)))
        .isInstanceOf(NotFoundException.class);
    for (Role role : List.of(Role.LEAD, Role.ADMIN, Role.RESEARCHER, Role.PROFESSIONAL)) {
      assertThatThrownBy(
              () ->
                  fixtures.as(
                      tenant, role, () -> followUps.recordOutcome(id, FollowUpOutcome.OTHER, null)))
          .as("%s", role)
          .isInstanceOf(AccessDeniedException.class);
    }
    for (Role role : List.of(Role.RESEARCHER, Role.PROFESSIONAL)) {
      assertThatThrownBy(
              () ->
                  fixtures.as(
                      tenant, role, () -> followUps.list(live.plan().id(), FollowUpFilter.all())))
          .isInstanceOf(AccessDeniedException.class);
    }
    // another organisation's champion does not find it either
    FollowUpFixtures.Live elsewhere = followUpFixtures.live(5);
    followUpFixtures.champion(elsewhere);
    assertThatThrownBy(
            () -> fixtures.as(elsewhere.tenant(), Role.CHAMPION, () -> followUps.get(id)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void nIsSetPerImplementationAndCheckedByTheLead() {
    FollowUpFixtures.Live live = followUpFixtures.live(10);
    followUpFixtures.champion(live);
    assertThat(
            fixtures.as(live.tenant(), Role.CHAMPION, () -> followUps.settings(live.plan().id())))
        .isEqualTo(new FollowUpSettings(14, 14));
    assertThat(fixtures.as(live.tenant(), Role.LEAD, () -> followUps.checkNow(live.plan().id())))
        .isEqualTo(new FollowUpRun(0, 0));

    fixtures.as(
        live.tenant(),
        Role.LEAD,
        () -> followUps.saveSettings(live.plan().id(), new FollowUpSettings(7, 21)));

    assertThat(fixtures.as(live.tenant(), Role.LEAD, () -> followUps.checkNow(live.plan().id())))
        .isEqualTo(new FollowUpRun(1, 0));
    assertThatThrownBy(
            () ->
                fixtures.as(
                    live.tenant(),
                    Role.CHAMPION,
                    () -> followUps.saveSettings(live.plan().id(), new FollowUpSettings(1, 1))))
        .isInstanceOf(AccessDeniedException.class);
  }

  private List<Task> inbox(FollowUpFixtures.Live live, Role role) {
    return fixtures.as(live.tenant(), role, () -> tasks.mine()).stream()
        .filter(task -> task.originModule().equals("followup"))
        .toList();
  }

  private List<FollowUp> mine(FollowUpFixtures.Live live) {
    return fixtures.as(
        live.tenant(), Role.CHAMPION, () -> followUps.list(live.plan().id(), FollowUpFilter.all()));
  }
}
