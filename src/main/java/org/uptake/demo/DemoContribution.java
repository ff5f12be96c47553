package org.uptake.demo;

import org.uptake.platform.OrganisationId;

/**
 * Demo data of one capability, loaded after the organisation's units, staff and accounts, inside
 * the same transaction and as the same tenant.
 */
interface DemoContribution {

  void load(OrganisationId organisation, DemoPeople people);
}
