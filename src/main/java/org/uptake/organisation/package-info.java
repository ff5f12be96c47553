/**
 * Organisations (the tenants), their units and their staff: each professional's group, unit and
 * shift pattern, kept current by importing the organisation's staff roster. Other modules ask this
 * module who works where; the roster import turns an HR export (CSV or XLSX) into a checked list of
 * rows and a plan of what to create, update, reactivate and deactivate, so that nobody is deleted
 * and re-importing the same file changes nothing.
 */
@org.jspecify.annotations.NullMarked
package org.uptake.organisation;
