package org.uptake.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffId;

/**
 * Reading or changing a person's record leaves a line saying who did it, and the line names no
 * personal data.
 */
@UptakeTest
class AuditTrailTest {

  @Autowired Fixtures fixtures;
  @Autowired org.uptake.organisation.UnitManagers unitManagers;
  @Autowired Staff staff;
  @Autowired Accounts accounts;

  @Test
  void readsAndChangesOfStaffRecordsAreRecordedWithTheActor() {
    Fixtures.Tenant tenant = fixtures.tenant();
    StaffId nurse = tenant.staff().getFirst();
    manageAllUnits(tenant);
    fixtures.as(tenant, Role.MANAGER, () -> staff.get(nurse));
    fixtures.as(tenant, Role.LEAD, () -> staff.list(Staff.Filter.all()));
    fixtures.as(tenant, Role.ADMIN, () -> staff.setActive(nurse, false));

    List<AuditEntry> trail = fixtures.as(tenant, Role.ADMIN, () -> accounts.auditTrail(50));
    assertThat(trail)
        .extracting(
            AuditEntry::actor, AuditEntry::action, AuditEntry::entityType, AuditEntry::entityId)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Test MANAGER", "READ", "staff", nurse.toString()),
            org.assertj.core.groups.Tuple.tuple("Test LEAD", "READ", "staff", null),
            org.assertj.core.groups.Tuple.tuple(
                "Test ADMIN", "DEACTIVATE", "staff", nurse.toString()));
    assertThat(trail)
        .allSatisfy(
            entry ->
                assertThat(String.valueOf(entry.detail())).doesNotContain("Virtanen", "aino@"));
  }

  @Test
  void eachOrganisationSeesOnlyItsOwnTrail() {
    Fixtures.Tenant a = fixtures.tenant();
    Fixtures.Tenant b = fixtures.tenant();
    manageAllUnits(b);
    fixtures.as(b, Role.MANAGER, () -> staff.get(b.staff().getFirst()));
    List<AuditEntry> trailOfA = fixtures.as(a, Role.ADMIN, () -> accounts.auditTrail(500));
    assertThat(trailOfA)
        .extracting(AuditEntry::entityId)
        .doesNotContain(b.staff().getFirst().toString());
  }

  private void manageAllUnits(Fixtures.Tenant tenant) {
    for (var unit : tenant.units()) {
      fixtures.as(
          tenant,
          Role.ADMIN,
          () -> unitManagers.set(unit, java.util.Set.of(tenant.accounts().get(Role.MANAGER))));
    }
  }
}
