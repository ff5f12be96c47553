package org.uptake.platform;

/**
 * An authenticated principal that belongs to one organisation; its organisation is the tenant of
 * its requests.
 */
public interface TenantPrincipal {

  OrganisationId organisationId();
}
