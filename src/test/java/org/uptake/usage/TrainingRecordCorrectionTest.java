package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitManagers;
import org.uptake.platform.NotFoundException;

/** Correcting and deleting training records, on the real database. */
@UptakeTest
class TrainingRecordCorrectionTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired TrainingRecords training;
  @Autowired UnitManagers managers;
  @Autowired SystemWork systemWork;
  @Autowired JdbcClient jdbc;

  private record Scene(Fixtures.Tenant tenant, ImplementationFixtures.Plan plan, LocalDate day) {}

  /** Aino (ward) trained ten days ago with a note, and twelve days ago; Eero (clinic) too. */
  private Scene scene() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    LocalDate day = LocalDate.now().minusDays(10);
    StaffId aino = tenant.staff().get(0);
    StaffId eero = tenant.staff().get(1);
    fixtures.as(
        tenant,
        Role.LEAD,
        () -> {
          training.record(plan.id(), plan.unit(), List.of(aino), day, "Morning session");
          training.record(plan.id(), plan.unit(), List.of(aino), day.minusDays(2), null);
          training.record(plan.id(), plan.otherUnit(), List.of(eero), day, null);
        });
    return new Scene(tenant, plan, day);
  }

  private List<TrainingRecord> ward(Scene scene) {
    return fixtures.as(
        scene.tenant(), Role.LEAD, () -> training.records(scene.plan().id(), scene.plan().unit()));
  }

  private int audited(Scene scene, String action) {
    return systemWork.run(
        scene.tenant().id(),
        () ->
            jdbc.sql(
                    "select count(*) from audit_event where entity_type = 'usage_training' and action = ?")
                .param(action)
                .query(Integer.class)
                .single());
  }

  @Test
  void aLeadCorrectsTheDayAndTheNoteAndTheChangeIsAudited() {
    Scene scene = scene();
    TrainingRecord first = ward(scene).getFirst();
    assertThat(first.trainedOn()).isEqualTo(scene.day());
    assertThat(first.note()).isEqualTo("Morning session");
    assertThat(first.source()).isEqualTo("FORM");

    fixtures.as(
        scene.tenant(),
        Role.LEAD,
        () -> training.correct(first.id(), scene.day().plusDays(1), "  Afternoon session "));

    TrainingRecord corrected =
        fixtures.as(scene.tenant(), Role.LEAD, () -> training.get(first.id()));
    assertThat(corrected.trainedOn()).isEqualTo(scene.day().plusDays(1));
    assertThat(corrected.note()).isEqualTo("Afternoon session");
    assertThat(ward(scene)).hasSize(2);
    assertThat(audited(scene, "UPDATE")).isEqualTo(1);
    List<LocalDate> days =
        fixtures
            .as(
                scene.tenant(),
                Role.LEAD,
                () -> training.staff(scene.plan().id(), scene.plan().unit()))
            .stream()
            .filter(entry -> entry.staff().equals(first.staff()))
            .findFirst()
            .orElseThrow()
            .trainedOn();
    assertThat(days).containsExactly(scene.day().minusDays(2), scene.day().plusDays(1));
  }

  @Test
  void aDayAlreadyRecordedForThePersonOrInTheFutureIsRefusedAndNothingChanges() {
    Scene scene = scene();
    List<TrainingRecord> before = ward(scene);
    TrainingRecord first = before.getFirst();
    fixtures.as(
        scene.tenant(),
        Role.LEAD,
        () -> {
          assertThatThrownBy(() -> training.correct(first.id(), scene.day().minusDays(2), null))
              .isInstanceOf(TrainingRecords.AlreadyRecordedException.class);
          assertThatThrownBy(
                  () -> training.correct(first.id(), LocalDate.now().plusDays(1), "Later"))
              .isInstanceOf(IllegalArgumentException.class);
        });
    assertThat(ward(scene)).isEqualTo(before);
    assertThat(audited(scene, "UPDATE")).isZero();
  }

  @Test
  void aDeletedRecordIsGoneAndTheDeletionIsAudited() {
    Scene scene = scene();
    TrainingRecord first = ward(scene).getFirst();
    TrainingRecord deleted =
        fixtures.as(scene.tenant(), Role.ADMIN, () -> training.delete(first.id()));
    assertThat(deleted).isEqualTo(first);
    assertThat(ward(scene))
        .extracting(TrainingRecord::trainedOn)
        .containsExactly(scene.day().minusDays(2));
    assertThat(audited(scene, "DELETE")).isEqualTo(1);
    fixtures.as(
        scene.tenant(),
        Role.ADMIN,
        () ->
            assertThatThrownBy(() -> training.delete(first.id()))
                .isInstanceOf(NotFoundException.class));
  }

  @Test
  void aManagerCorrectsOnlyInTheirOwnUnitsAndAnotherOrganisationFindsNothing() {
    Scene scene = scene();
    fixtures.as(
        scene.tenant(),
        Role.ADMIN,
        () ->
            managers.set(scene.plan().unit(), Set.of(scene.tenant().accounts().get(Role.MANAGER))));
    TrainingRecord inWard = ward(scene).getFirst();
    TrainingRecord inClinic =
        fixtures.as(
            scene.tenant(),
            Role.LEAD,
            () -> training.records(scene.plan().id(), scene.plan().otherUnit()).getFirst());
    fixtures.as(
        scene.tenant(),
        Role.MANAGER,
        () -> {
          training.correct(inWard.id(), inWard.trainedOn(), "Checked with the manager");
          assertThatThrownBy(() -> training.get(inClinic.id()))
              .isInstanceOf(NotFoundException.class);
          assertThatThrownBy(() -> training.delete(inClinic.id()))
              .isInstanceOf(NotFoundException.class);
        });
    Fixtures.Tenant other = fixtures.tenant();
    fixtures.as(
        other,
        Role.ADMIN,
        () -> {
          assertThatThrownBy(() -> training.get(inWard.id())).isInstanceOf(NotFoundException.class);
          assertThatThrownBy(() -> training.correct(inWard.id(), scene.day(), null))
              .isInstanceOf(NotFoundException.class);
          assertThatThrownBy(() -> training.delete(inWard.id()))
              .isInstanceOf(NotFoundException.class);
        });
    assertThat(fixtures.as(scene.tenant(), Role.LEAD, () -> training.get(inClinic.id())))
        .isEqualTo(inClinic);
    assertThat(fixtures.as(scene.tenant(), Role.LEAD, () -> training.get(inWard.id())).note())
        .isEqualTo("Checked with the manager");
  }
}
