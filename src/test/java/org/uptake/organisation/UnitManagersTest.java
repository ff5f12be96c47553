package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
  @Autowired Staff staff;

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

  @Test
  void aManagerSeesTheStaffOfTheUnitsTheyManageAndNoOneElse() {
    Tenant tenant = fixtures.tenant();
    UnitId ward = tenant.units().getFirst();
    AccountId manager = tenant.accounts().get(Role.MANAGER);
    List<StaffMember> everyone =
        fixtures.as(tenant, Role.LEAD, () -> staff.list(Staff.Filter.all()));
    StaffMember inWard =
        everyone.stream().filter(m -> m.unitId().equals(ward)).findFirst().orElseThrow();
    StaffMember elsewhere =
        everyone.stream().filter(m -> !m.unitId().equals(ward)).findFirst().orElseThrow();

    assertThat(fixtures.as(tenant, Role.MANAGER, () -> staff.list(Staff.Filter.all())))
        .as("a manager of no unit sees no one")
        .isEmpty();

    fixtures.as(tenant, Role.ADMIN, () -> managers.set(ward, Set.of(manager)));

    assertThat(fixtures.as(tenant, Role.MANAGER, () -> staff.list(Staff.Filter.all())))
        .extracting(StaffMember::id)
        .containsExactly(inWard.id());
    assertThat(fixtures.as(tenant, Role.MANAGER, () -> staff.get(inWard.id())).id())
        .isEqualTo(inWard.id());
    assertThatThrownBy(() -> fixtures.as(tenant, Role.MANAGER, () -> staff.get(elsewhere.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixtures.as(tenant, Role.LEAD, () -> staff.list(Staff.Filter.all())))
        .as("leads still see everyone")
        .hasSameSizeAs(everyone);
  }
}
