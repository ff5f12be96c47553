package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.organisation.UnitManagers;
import org.uptake.task.Task;
import org.uptake.task.Tasks;

@UptakeTest
class SurveyFollowUpTest {

  @Autowired Fixtures fixtures;
  @Autowired SurveyResultFixtures surveys;
  @Autowired FollowUpRules followUps;
  @Autowired UnitManagers managers;
  @Autowired Tasks tasks;

  @Test
  void aUnitBelowTheThresholdGivesItsManagerOneTaskOnlyOnce() {
    Fixtures.Tenant tenant = fixtures.tenant();
    StoredInstrument practices = surveys.practices(tenant);
    UUID wave =
        surveys.wave(tenant, practices, "Baseline", true, 10, null, LocalDate.of(2026, 9, 1));
    // ward A: 15 answering 4 and 4 answering 2 (mean 3.58); clinic B: 30 answering 5
    surveys.respond(tenant, wave, practices, tenant.units().get(0), "REGISTERED_NURSE", 15, 4);
    surveys.respond(tenant, wave, practices, tenant.units().get(0), "PHYSICIAN", 4, 2);
    surveys.respond(tenant, wave, practices, tenant.units().get(1), "REGISTERED_NURSE", 30, 5);
    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> managers.set(tenant.units().get(0), Set.of(tenant.accounts().get(Role.MANAGER))));
    fixtures.as(
        tenant, Role.LEAD, () -> followUps.setThresholds(wave, thresholds("npt.coherence", 4.0)));

    int first = fixtures.as(tenant, Role.LEAD, () -> followUps.check(wave));
    int again = fixtures.as(tenant, Role.LEAD, () -> followUps.check(wave));

    assertThat(first).isEqualTo(1);
    assertThat(again).as("not duplicated on a re-run").isZero();
    List<Task> inbox = fixtures.as(tenant, Role.MANAGER, () -> tasks.mine());
    assertThat(inbox).hasSize(1);
    assertThat(inbox.getFirst().title()).contains("Ward A").contains("Baseline");
    assertThat(inbox.getFirst().detail()).contains("3,58").as("in the organisation's language, fi");
    assertThat(inbox.getFirst().originLink()).isEqualTo("/waves/" + wave + "/results?by=unit");
  }

  @Test
  void aUnitOfFewerThanKGivesNoTaskEvenFarBelow() {
    Fixtures.Tenant tenant = fixtures.tenant();
    StoredInstrument practices = surveys.practices(tenant);
    UUID wave =
        surveys.wave(tenant, practices, "Baseline", true, 10, null, LocalDate.of(2026, 9, 1));
    surveys.respond(tenant, wave, practices, tenant.units().get(0), "REGISTERED_NURSE", 6, 1);
    surveys.respond(tenant, wave, practices, tenant.units().get(1), "REGISTERED_NURSE", 30, 5);
    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> managers.set(tenant.units().get(0), Set.of(tenant.accounts().get(Role.MANAGER))));
    fixtures.as(
        tenant, Role.LEAD, () -> followUps.setThresholds(wave, thresholds("npt.coherence", 3.0)));

    assertThat(fixtures.as(tenant, Role.LEAD, () -> followUps.check(wave))).isZero();
    assertThat(fixtures.as(tenant, Role.MANAGER, () -> tasks.mine())).isEmpty();
  }

  @Test
  void aClosedWaveIsFollowedUpByTheMorningCheckAndOnlyLeadsSetThresholds() {
    Fixtures.Tenant tenant = fixtures.tenant();
    StoredInstrument practices = surveys.practices(tenant);
    UUID wave =
        surveys.wave(tenant, practices, "Baseline", true, 10, null, LocalDate.of(2026, 9, 1));
    surveys.respond(tenant, wave, practices, tenant.units().get(1), "PHYSICIAN", 20, 2);
    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> managers.set(tenant.units().get(1), Set.of(tenant.accounts().get(Role.MANAGER))));
    fixtures.as(
        tenant,
        Role.LEAD,
        () -> followUps.setThresholds(wave, thresholds("npt.collective-action", 3.5)));

    assertThat(fixtures.as(tenant, Role.LEAD, () -> followUps.checkClosed()))
        .as("still open")
        .isZero();
    surveys.status(tenant, wave, "CLOSED");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> followUps.checkClosed())).isEqualTo(1);
    assertThat(fixtures.as(tenant, Role.MANAGER, () -> followUps.thresholds(wave)))
        .containsEntry("npt.collective-action", 3.5);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.MANAGER,
                    () -> followUps.setThresholds(wave, thresholds("npt.coherence", 1.0))))
        .isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () -> followUps.setThresholds(wave, thresholds("no-such", 1.0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, @Nullable Double> thresholds(String construct, double value) {
    Map<String, @Nullable Double> thresholds = new HashMap<>();
    thresholds.put(construct, value);
    return thresholds;
  }
}
