package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.UnitId;
import org.uptake.platform.NotFoundException;

/**
 * The needs assessment on the real database: consultations, gaps from the staff, roles, tenancy.
 */
@UptakeTest
class NeedsAssessmentsTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired NeedsAssessments needs;
  @Autowired JdbcClient jdbc;

  private static ConsultationDetails heard(
      String group, Set<UnitId> units, Set<ShiftPattern> shifts) {
    return new ConsultationDetails(
        group, ConsultationMethod.INTERVIEW, LocalDate.of(2026, 10, 5), 3, units, shifts, "Notes");
  }

  @Test
  void consultationsAreSavedAndTheGapsFollowTheStaffOfTheRolloutsUnits() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);

    NeedsGaps before = fixtures.as(tenant, Role.CHAMPION, () -> needs.gaps(plan.id()));
    // The fixture's ward has a registered nurse on three shifts, its clinic a physician on days.
    assertThat(before.groups())
        .containsExactly(
            "manager", "registered_nurse", "physician", "it", "supplier", "service_user");
    assertThat(before.shiftPatterns()).containsExactly(ShiftPattern.DAY, ShiftPattern.THREE_SHIFT);
    assertThat(before.units()).containsExactlyInAnyOrder(plan.unit(), plan.otherUnit());

    ConsultationId id =
        fixtures.as(
            tenant,
            Role.LEAD,
            () ->
                needs.record(
                    plan.id(),
                    heard(
                        "registered_nurse",
                        Set.of(plan.unit()),
                        Set.of(ShiftPattern.THREE_SHIFT))));
    fixtures.as(
        tenant,
        Role.RESEARCHER,
        () -> needs.record(plan.id(), heard("manager", Set.of(), Set.of())));

    List<Consultation> saved =
        fixtures.as(tenant, Role.MANAGER, () -> needs.consultations(plan.id()));
    assertThat(saved).hasSize(2).extracting(Consultation::id).contains(id);
    Consultation nurses = saved.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    assertThat(nurses.details().units()).containsExactly(plan.unit());
    assertThat(nurses.details().shiftPatterns()).containsExactly(ShiftPattern.THREE_SHIFT);
    assertThat(nurses.details().people()).isEqualTo(3);
    assertThat(nurses.details().note()).isEqualTo("Notes");

    NeedsGaps after = fixtures.as(tenant, Role.LEAD, () -> needs.gaps(plan.id()));
    assertThat(after.groups()).containsExactly("physician", "it", "supplier", "service_user");
    assertThat(after.shiftPatterns()).containsExactly(ShiftPattern.DAY);
    assertThat(after.units()).containsExactly(plan.otherUnit());

    Integer audited =
        fixtures.as(
            tenant,
            Role.ADMIN,
            () ->
                jdbc.sql(
                        "select count(*) from audit_event where entity_type = 'needs_consultation' and entity_id = ?")
                    .param(id.value().toString())
                    .query(Integer.class)
                    .single());
    assertThat(audited).isEqualTo(1);
  }

  @Test
  void championsAndManagersReadButDoNotRecord() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    for (Role role : List.of(Role.CHAMPION, Role.MANAGER, Role.PROFESSIONAL)) {
      assertThatThrownBy(
              () ->
                  fixtures.as(
                      tenant, role, () -> needs.record(plan.id(), heard("it", Set.of(), Set.of()))))
          .isInstanceOf(AuthorizationDeniedException.class);
    }
  }

  @Test
  void anotherOrganisationsRolloutAndUnitsAreNotFound() {
    Fixtures.Tenant tenant = fixtures.tenant();
    Fixtures.Tenant other = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ImplementationFixtures.Plan foreign = plans.plan(other);

    assertThatThrownBy(() -> fixtures.as(tenant, Role.LEAD, () -> needs.gaps(foreign.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () -> needs.record(plan.id(), heard("it", Set.of(foreign.unit()), Set.of()))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () -> needs.record(foreign.id(), heard("it", Set.of(), Set.of()))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aConsultationIsCorrectedOrDeletedAndTheGapsFollow() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ConsultationId wrong =
        fixtures.as(
            tenant, Role.LEAD, () -> needs.record(plan.id(), heard("it", Set.of(), Set.of())));
    ConsultationId twice =
        fixtures.as(
            tenant,
            Role.LEAD,
            () -> needs.record(plan.id(), heard("supplier", Set.of(), Set.of())));

    // It was the ward's night nurses who were heard, not IT.
    fixtures.as(
        tenant,
        Role.RESEARCHER,
        () ->
            needs.correct(
                plan.id(),
                wrong,
                new ConsultationDetails(
                    "registered_nurse",
                    ConsultationMethod.FOCUS_GROUP,
                    LocalDate.of(2026, 10, 7),
                    6,
                    Set.of(plan.unit()),
                    Set.of(ShiftPattern.THREE_SHIFT),
                    "  Night shift  ")));
    Consultation corrected =
        fixtures.as(tenant, Role.MANAGER, () -> needs.consultation(plan.id(), wrong));
    assertThat(corrected.details().stakeholderGroup()).isEqualTo("registered_nurse");
    assertThat(corrected.details().method()).isEqualTo(ConsultationMethod.FOCUS_GROUP);
    assertThat(corrected.details().heldOn()).isEqualTo(LocalDate.of(2026, 10, 7));
    assertThat(corrected.details().people()).isEqualTo(6);
    assertThat(corrected.details().units()).containsExactly(plan.unit());
    assertThat(corrected.details().note()).isEqualTo("Night shift");

    fixtures.as(tenant, Role.ADMIN, () -> needs.delete(plan.id(), twice));
    assertThat(fixtures.as(tenant, Role.LEAD, () -> needs.consultations(plan.id())))
        .extracting(Consultation::id)
        .containsExactly(wrong);
    NeedsGaps gaps = fixtures.as(tenant, Role.LEAD, () -> needs.gaps(plan.id()));
    assertThat(gaps.groups())
        .containsExactly("manager", "physician", "it", "supplier", "service_user");
    assertThat(gaps.units()).containsExactly(plan.otherUnit());

    for (Role role : List.of(Role.CHAMPION, Role.MANAGER)) {
      assertThatThrownBy(() -> fixtures.as(tenant, role, () -> needs.delete(plan.id(), wrong)))
          .isInstanceOf(AuthorizationDeniedException.class);
    }
    Fixtures.Tenant other = fixtures.tenant();
    ImplementationFixtures.Plan theirs = plans.plan(other);
    assertThatThrownBy(() -> fixtures.as(other, Role.LEAD, () -> needs.delete(theirs.id(), wrong)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () ->
                        needs.correct(
                            plan.id(), wrong, heard("it", Set.of(theirs.unit()), Set.of()))))
        .isInstanceOf(NotFoundException.class);
    Integer audited =
        fixtures.as(
            tenant,
            Role.ADMIN,
            () ->
                jdbc.sql(
                        """
                        select count(*) from audit_event
                         where entity_type = 'needs_consultation' and action in ('UPDATE', 'DELETE')
                        """)
                    .query(Integer.class)
                    .single());
    assertThat(audited).isEqualTo(2);
  }
}
