package org.uptake.risk;

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
import org.uptake.access.AccountId;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.determinant.Action;
import org.uptake.determinant.ActionRuleException;
import org.uptake.determinant.NewAction;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.platform.NotFoundException;
import org.uptake.task.Tasks;

/** The risk register on the real database, with mitigations as actions of the plan. */
@UptakeTest
class RisksTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired Risks risks;
  @Autowired Tasks tasks;
  @Autowired SystemWork systemWork;
  @Autowired JdbcClient jdbc;

  private static NewAction mitigation(String title, AccountId owner) {
    return new NewAction(
        title, null, owner, Set.of(), Set.of(), LocalDate.now().plusDays(10), null, Set.of(), null);
  }

  @Test
  void aRiskIsScoredAndItsMitigationsAreActionsInTheOwnersInbox() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    RiskId oximeter =
        fixtures.as(
            tenant,
            Role.LEAD,
            () ->
                risks.create(
                    plan.id(),
                    new RiskDetails(
                        "Home pulse oximeters may read high on darker skin",
                        Set.of(AffectedGroup.DEVICE_SKIN_TONE),
                        null,
                        3,
                        5,
                        RiskStatus.OPEN)));
    fixtures.as(
        tenant,
        Role.LEAD,
        () ->
            risks.create(
                plan.id(),
                new RiskDetails(
                    "Video visits only in Finnish",
                    Set.of(AffectedGroup.LANGUAGE, AffectedGroup.OTHER),
                    "relatives who interpret",
                    2,
                    2,
                    RiskStatus.OPEN)));
    AccountId manager = tenant.accounts().get(Role.MANAGER);
    fixtures.as(
        tenant,
        Role.LEAD,
        () -> risks.mitigate(plan.id(), oximeter, mitigation("Confirm low readings", manager)));

    List<Risk> register = fixtures.as(tenant, Role.CHAMPION, () -> risks.list(plan.id()));
    assertThat(register).extracting(r -> r.details().score()).containsExactly(15, 4);
    assertThat(register.getFirst().details().band()).isEqualTo("high");
    assertThat(register.getFirst().mitigations())
        .extracting(Action::title, Action::ownerName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Confirm low readings", "Test MANAGER"));
    assertThat(register.getLast().details().affectsOther()).isEqualTo("relatives who interpret");
    assertThat(fixtures.as(tenant, Role.MANAGER, () -> tasks.mine()))
        .filteredOn(task -> task.originModule().equals("action"))
        .singleElement()
        .satisfies(task -> assertThat(task.title()).contains("Confirm low readings"));

    fixtures.as(
        tenant, Role.LEAD, () -> risks.setStatus(plan.id(), oximeter, RiskStatus.MITIGATED));
    assertThat(
            fixtures
                .as(tenant, Role.LEAD, () -> risks.list(plan.id()))
                .getFirst()
                .details()
                .status())
        .isEqualTo(RiskStatus.MITIGATED);
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> new RiskDetails("x", Set.of(), null, 1, 1, RiskStatus.OPEN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new RiskDetails("x", Set.of(AffectedGroup.AGE), null, 6, 1, RiskStatus.OPEN))
        .isInstanceOf(IllegalArgumentException.class);

    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    RiskId risk =
        fixtures.as(
            tenant,
            Role.ADMIN,
            () ->
                risks.create(
                    plan.id(),
                    new RiskDetails(
                        "Small print", Set.of(AffectedGroup.AGE), null, 2, 3, RiskStatus.OPEN)));
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () ->
                        risks.mitigate(
                            plan.id(),
                            risk,
                            new NewAction(
                                "Bigger font",
                                null,
                                null,
                                Set.of(),
                                Set.of(),
                                null,
                                null,
                                Set.of(),
                                null))))
        .isInstanceOf(ActionRuleException.class);
    Fixtures.Tenant other = fixtures.tenant();
    ImplementationFixtures.Plan theirs = plans.plan(other);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    other, Role.LEAD, () -> risks.setStatus(theirs.id(), risk, RiskStatus.CLOSED)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aRiskIsCorrectedKeepingItsStatusAndMitigationsAndOnlyAnUnmitigatedOneIsDeleted() {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    RiskDetails typo =
        new RiskDetails("Vidoe visits", Set.of(AffectedGroup.AGE), null, 2, 2, RiskStatus.OPEN);
    RiskId video = fixtures.as(tenant, Role.LEAD, () -> risks.create(plan.id(), typo));
    RiskId mistake = fixtures.as(tenant, Role.LEAD, () -> risks.create(plan.id(), typo));
    AccountId manager = tenant.accounts().get(Role.MANAGER);
    fixtures.as(
        tenant,
        Role.LEAD,
        () -> {
          risks.setStatus(plan.id(), video, RiskStatus.ACCEPTED);
          return risks.mitigate(plan.id(), video, mitigation("Interpreter on call", manager));
        });

    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> {
          risks.correct(
              plan.id(),
              video,
              new RiskDetails(
                  "Video visits only in Finnish",
                  Set.of(AffectedGroup.LANGUAGE, AffectedGroup.OTHER),
                  "relatives who interpret",
                  4,
                  3,
                  // the status given is not the one kept: correcting does not move it
                  RiskStatus.OPEN));
          return null;
        });

    Risk corrected = fixtures.as(tenant, Role.CHAMPION, () -> risks.get(plan.id(), video));
    assertThat(corrected.details().description()).isEqualTo("Video visits only in Finnish");
    assertThat(corrected.details().affects())
        .containsExactlyInAnyOrder(AffectedGroup.LANGUAGE, AffectedGroup.OTHER);
    assertThat(corrected.details().affectsOther()).isEqualTo("relatives who interpret");
    assertThat(corrected.details().score()).isEqualTo(12);
    assertThat(corrected.details().status()).isEqualTo(RiskStatus.ACCEPTED);
    assertThat(corrected.mitigations())
        .extracting(Action::title)
        .containsExactly("Interpreter on call");

    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () -> {
                      risks.delete(plan.id(), video);
                      return null;
                    }))
        .isInstanceOf(RiskHasMitigationsException.class);
    fixtures.as(
        tenant,
        Role.LEAD,
        () -> {
          risks.delete(plan.id(), mistake);
          return null;
        });
    assertThat(fixtures.as(tenant, Role.LEAD, () -> risks.list(plan.id())))
        .extracting(Risk::id)
        .containsExactly(video);

    Fixtures.Tenant other = fixtures.tenant();
    ImplementationFixtures.Plan theirs = plans.plan(other);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    other,
                    Role.LEAD,
                    () -> {
                      risks.correct(theirs.id(), video, typo);
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    other,
                    Role.LEAD,
                    () -> {
                      risks.delete(theirs.id(), video);
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            fixtures
                .as(tenant, Role.LEAD, () -> risks.get(plan.id(), video))
                .details()
                .description())
        .isEqualTo("Video visits only in Finnish");
    assertThat(
            systemWork.run(
                tenant.id(),
                () ->
                    jdbc.sql(
                            """
                            select string_agg(action || ' ' || entity_id, ',' order by action)
                              from audit_event where entity_type = 'risk' and action <> 'CREATE'
                            """)
                        .query(String.class)
                        .single()))
        .isEqualTo("DELETE " + mistake + ",UPDATE " + video + ",UPDATE " + video);
  }
}
