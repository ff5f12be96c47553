package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.Fixtures.Tenant;
import org.uptake.UptakeTest;
import org.uptake.access.Role;

/** The unit names that pages naming units read instead of the full list with staff counts. */
@UptakeTest
class UnitNamesTest {

  @Autowired Fixtures fixtures;
  @Autowired Units units;

  @Test
  void namesAreTheOrganisationsUnitsInTheOrderOfTheFullList() {
    Tenant tenant = fixtures.tenant();
    Tenant other = fixtures.tenant();

    Map<UnitId, String> names = fixtures.as(tenant, Role.LEAD, () -> units.names());
    Map<UnitId, String> listed = new LinkedHashMap<>();
    fixtures
        .as(tenant, Role.LEAD, () -> units.list(true))
        .forEach(unit -> listed.put(unit.id(), unit.name()));

    assertThat(names).containsExactlyEntriesOf(listed);
    assertThat(names.keySet()).containsAll(tenant.units());
    assertThat(names.keySet()).doesNotContainAnyElementsOf(other.units());
  }
}
