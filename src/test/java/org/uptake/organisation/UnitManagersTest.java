package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.uptake.Fixtures;
import org.uptake.Fixtures.Tenant;
import org.uptake.UptakeTest;
import org.uptake.access.AccountId;
import org.uptake.access.Role;
import org.uptake.platform.NotFoundException;

@UptakeTest
class UnitManagersTest {

  @Autowired Fixtures fixtures;
  @Autowired UnitManagers managers;

  @Test
  void anAdminNamesTheManagersOfAUnitAndTheyKnowTheirUnits() {
    Tenant tenant = fixtures.tenant();
    UnitId ward = tenant.units().getFirst();
    AccountId manager = tenant.accounts().get(Role.MANAGER);

    fixtures.as(tenant, Role.ADMIN, () -> managers.set(ward, Set.of(manager)));

    assertThat(fixtures.as(tenant, Role.LEAD, () -> managers.of(ward))).containsExactly(manager);
    assertThat(fixtures.as(tenant, Role.LEAD, () -> managers.unitsOf(manager)))
        .containsExactly(ward);
    assertThat(fixtures.as(tenant, Role.MANAGER, () -> managers.isMine(ward))).isTrue();
    assertThat(fixtures.as(tenant, Role.MANAGER, () -> managers.isMine(tenant.units().getLast())))
        .isFalse();

    fixtures.as(tenant, Role.ADMIN, () -> managers.set(ward, Set.of()));
    assertThat(fixtures.as(tenant, Role.LEAD, () -> managers.of(ward))).isEmpty();
  }

  @Test
  void onlyManagerAccountsOfTheOrganisationCanManageAndAFailedChangeChangesNothing() {
    Tenant tenant = fixtures.tenant();
    Tenant other = fixtures.tenant();
    UnitId ward = tenant.units().getFirst();
    AccountId manager = tenant.accounts().get(Role.MANAGER);
    fixtures.as(tenant, Role.ADMIN, () -> managers.set(ward, Set.of(manager)));

    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.ADMIN,
                    () -> managers.set(ward, Set.of(tenant.accounts().get(Role.PROFESSIONAL)))))
        .isInstanceOf(UnitManagers.NotAManagerException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.ADMIN,
                    () -> managers.set(ward, Set.of(other.accounts().get(Role.MANAGER)))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.ADMIN,
                    () -> managers.set(other.units().getFirst(), Set.of(manager))))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixtures.as(tenant, Role.LEAD, () -> managers.of(ward))).containsExactly(manager);
    assertThat(fixtures.as(other, Role.LEAD, () -> managers.of(other.units().getFirst())))
        .isEmpty();
  }

  @Test
  void onlyAdminsNameManagers() {
    Tenant tenant = fixtures.tenant();
    assertThatThrownBy(
            () ->
                fixtures.as(
                    tenant,
                    Role.LEAD,
                    () ->
                        managers.set(
                            tenant.units().getFirst(),
                            Set.of(tenant.accounts().get(Role.MANAGER)))))
        .isInstanceOf(AuthorizationDeniedException.class);
  }
}
