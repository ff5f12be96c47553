package org.uptake.organisation;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.platform.OrganisationId;
import org.uptake.platform.TenantContext;
import org.uptake.platform.TenantZones;

/**
 * An organisation's time zone from its country: each country Uptake serves keeps one clock on its
 * mainland. Read once per organisation (the country does not change) and kept.
 */
@Component
class OrganisationZones implements TenantZones {

  /** ISO 3166 country codes and their IANA zones. */
  private static final Map<String, ZoneId> COUNTRIES =
      Map.of(
          "FI", ZoneId.of("Europe/Helsinki"),
          "SE", ZoneId.of("Europe/Stockholm"),
          "NO", ZoneId.of("Europe/Oslo"),
          "DK", ZoneId.of("Europe/Copenhagen"),
          "IS", ZoneId.of("Atlantic/Reykjavik"),
          "AX", ZoneId.of("Europe/Mariehamn"),
          "GB", ZoneId.of("Europe/London"),
          "IE", ZoneId.of("Europe/Dublin"));

  private final JdbcClient jdbc;
  private final Map<OrganisationId, Optional<ZoneId>> known = new ConcurrentHashMap<>();

  OrganisationZones(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ZoneId> zone(OrganisationId organisation) {
    Optional<ZoneId> zone = known.get(organisation);
    if (zone == null) {
      zone = TenantContext.runAs(organisation, () -> read(organisation));
      known.put(organisation, zone);
    }
    return zone;
  }

  /** The zone of a country code, if Uptake knows the country. */
  static Optional<ZoneId> of(String country) {
    return Optional.ofNullable(COUNTRIES.get(country.toUpperCase(java.util.Locale.ROOT)));
  }

  private Optional<ZoneId> read(OrganisationId organisation) {
    return jdbc.sql("select country from organisation where id = ?")
        .param(organisation.value())
        .query(String.class)
        .optional()
        .flatMap(OrganisationZones::of);
  }
}
