package org.uptake.champion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.uptake.Fixtures;
import org.uptake.Fixtures.Tenant;
import org.uptake.UptakeTest;
import org.uptake.access.AccountId;
import org.uptake.access.Role;
import org.uptake.organisation.UnitId;
import org.uptake.platform.NotFoundException;

@UptakeTest
class ChampionsTest {

  @Autowired Fixtures fixtures;
  @Autowired Champions champions;

  private static final LocalDate SINCE = LocalDate.of(2026, 9, 1);

  @Test
  void aChampionIsNamedForAUnitWithRolesAndProtectedHours() {
    Tenant tenant = fixtures.tenant();
    UnitId ward = tenant.units().getFirst();
    AccountId champion = tenant.accounts().get(Role.CHAMPION);

    UUID id =
        fixtures.as(
            tenant,
            Role.LEAD,
            () ->
                champions.assign(
                    new NewChampionAssignment(
                        ward,
                        champion,
                        Set.of("champion.peer-supporter", "champion.motivator"),
                        new BigDecimal("3.5"),
                        SINCE)));

    assertThat(fixtures.as(tenant, Role.MANAGER, () -> champions.of(ward)))
        .containsExactly(champion);
    assertThat(fixtures.as(tenant, Role.MANAGER, () -> champions.unitsOf(champion)))
        .containsExactly(ward);
    ChampionAssignment saved =
        fixtures.as(tenant, Role.CHAMPION, champions::list).stream()
            .filter(a -> a.id().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(saved.subRoles()).containsExactly("champion.motivator", "champion.peer-supporter");
    assertThat(saved.hoursPerWeek()).isEqualByComparingTo("3.5");
    assertThat(saved.since()).isEqualTo(SINCE);
    assertThat(saved.current()).isTrue();
  }

  @Test
  void onlyAChampionAccountWithKnownRolesCanBeNamedAndOnlyOncePerUnit() {
    Tenant tenant = fixtures.tenant();
    UnitId ward = tenant.units().getFirst();
    AccountId champion = tenant.accounts().get(Role.CHAMPION);

    assertThatThrownBy(
            () ->
                assign(
                    tenant, ward, tenant.accounts().get(Role.PROFESSIONAL), "champion.motivator"))
        .isInstanceOfSatisfying(
            ChampionRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("champion.not-a-champion"));
    assertThatThrownBy(() -> assign(tenant, ward, champion, "npt.p01"))
        .isInstanceOfSatisfying(
            ChampionRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("champion.sub-role.unknown"));
    assertThatThrownBy(() -> assign(tenant, ward, champion, "champion.wizard"))
        .isInstanceOf(ChampionRuleException.class);
    assertThatThrownBy(
            () ->
                new NewChampionAssignment(ward, champion, Set.of(), new BigDecimal("40.5"), SINCE))
        .isInstanceOfSatisfying(
            ChampionRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("champion.hours.range"));
    assertThat(fixtures.as(tenant, Role.LEAD, champions::list)).isEmpty();

    assign(tenant, ward, champion, "champion.motivator");
    assertThatThrownBy(() -> assign(tenant, ward, champion, "champion.advocate"))
        .isInstanceOfSatisfying(
            ChampionRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("champion.already-assigned"));
    assertThat(fixtures.as(tenant, Role.LEAD, champions::list)).hasSize(1);
  }

  @Test
  void anotherOrganisationsUnitsAccountsAndAssignmentsAreNotFound() {
    Tenant ours = fixtures.tenant();
    Tenant theirs = fixtures.tenant();
    UUID theirAssignment =
        assign(
            theirs,
            theirs.units().getFirst(),
            theirs.accounts().get(Role.CHAMPION),
            "champion.advocate");

    assertThatThrownBy(
            () ->
                assign(
                    ours,
                    theirs.units().getFirst(),
                    ours.accounts().get(Role.CHAMPION),
                    "champion.advocate"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                assign(
                    ours,
                    ours.units().getFirst(),
                    theirs.accounts().get(Role.CHAMPION),
                    "champion.advocate"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixtures.as(ours, Role.LEAD, () -> champions.end(theirAssignment)))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixtures.as(ours, Role.LEAD, champions::list)).isEmpty();
    assertThat(fixtures.as(theirs, Role.LEAD, champions::list))
        .singleElement()
        .matches(ChampionAssignment::current);
  }

  @Test
  void anEndedAssignmentStaysInTheHistoryButNoLongerCounts() {
    Tenant tenant = fixtures.tenant();
    UnitId ward = tenant.units().getFirst();
    AccountId champion = tenant.accounts().get(Role.CHAMPION);
    UUID id = assign(tenant, ward, champion, "champion.supervisor");

    fixtures.as(tenant, Role.ADMIN, () -> champions.end(id));

    assertThat(fixtures.as(tenant, Role.LEAD, () -> champions.of(ward))).isEmpty();
    assertThat(fixtures.as(tenant, Role.LEAD, champions::list))
        .singleElement()
        .satisfies(a -> assertThat(a.until()).isNotNull());
    assertThatThrownBy(() -> fixtures.as(tenant, Role.ADMIN, () -> champions.end(id)))
        .as("ending twice")
        .isInstanceOf(NotFoundException.class);
    // the same person can be named again for the unit later
    assign(tenant, ward, champion, "champion.supervisor");
    assertThat(fixtures.as(tenant, Role.LEAD, () -> champions.of(ward))).containsExactly(champion);
  }

  @Test
  void professionalsDoNotSeeAssignmentsAndManagersCannotNameChampions() {
    Tenant tenant = fixtures.tenant();
    assertThatThrownBy(() -> fixtures.as(tenant, Role.PROFESSIONAL, champions::list))
        .isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.MANAGER,
                    () ->
                        champions.assign(
                            new NewChampionAssignment(
                                tenant.units().getFirst(),
                                tenant.accounts().get(Role.CHAMPION),
                                Set.of(),
                                null,
                                SINCE))))
        .isInstanceOf(AuthorizationDeniedException.class);
  }

  private UUID assign(Tenant tenant, UnitId unit, AccountId account, String subRole) {
    return fixtures.as(
        tenant,
        Role.LEAD,
        () ->
            champions.assign(
                new NewChampionAssignment(unit, account, Set.of(subRole), null, SINCE)));
  }
}
