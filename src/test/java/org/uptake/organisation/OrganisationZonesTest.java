package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.UptakeTest;
import org.uptake.access.SystemWork;
import org.uptake.platform.Dates;
import org.uptake.platform.OrganisationId;
import org.uptake.platform.TenantContext;

/** Each organisation's pages show times on its own country's clock. */
@UptakeTest
class OrganisationZonesTest {

  @Autowired Organisations organisations;
  @Autowired OrganisationZones zones;
  @Autowired SystemWork systemWork;
  @Autowired Dates dates;

  private OrganisationId organisation(String country) {
    OrganisationId id = new OrganisationId(UUID.randomUUID());
    systemWork.run(id, () -> organisations.create(id, "Zone test " + country, country, "en"));
    return id;
  }

  @Test
  void theCountryGivesTheZoneAndTheDatesOfPagesFollowIt() {
    OrganisationId oslo = organisation("NO");
    OrganisationId london = organisation("GB");
    OrganisationId helsinki = organisation("FI");
    OrganisationId elsewhere = organisation("US");

    assertThat(zones.zone(oslo)).contains(ZoneId.of("Europe/Oslo"));
    assertThat(zones.zone(london)).contains(ZoneId.of("Europe/London"));
    assertThat(zones.zone(helsinki)).contains(ZoneId.of("Europe/Helsinki"));
    assertThat(zones.zone(elsewhere)).isEmpty();
    assertThat(zones.zone(new OrganisationId(UUID.randomUUID()))).isEmpty();

    // 07:05 UTC in November: 08:05 in Oslo, 07:05 in London, 09:05 in Helsinki (and the clock's)
    Instant morning = Instant.parse("2026-11-04T07:05:30Z");
    assertThat(TenantContext.runAs(oslo, () -> dates.time(morning))).endsWith("08:05");
    assertThat(TenantContext.runAs(london, () -> dates.time(morning))).endsWith("07:05");
    assertThat(TenantContext.runAs(helsinki, () -> dates.time(morning))).endsWith("09:05");
    assertThat(TenantContext.runAs(elsewhere, () -> dates.time(morning))).endsWith("09:05");
    assertThat(TenantContext.runAs(london, dates::zone)).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(dates.zone()).as("outside an organisation").isEqualTo(ZoneId.of("Europe/Helsinki"));
  }
}
