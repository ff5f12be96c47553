package org.uptake.platform;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone an organisation's people live in, so that the times pages show are theirs: one
 * instance of Uptake serves organisations in Finland, Norway, Sweden and the UK, whose clocks
 * differ by up to two hours. Implemented by the organisation module.
 */
public interface TenantZones {

  /** The organisation's zone, or empty when it is not known. */
  Optional<ZoneId> zone(OrganisationId organisation);
}
