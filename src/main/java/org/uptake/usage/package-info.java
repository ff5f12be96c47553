/**
 * How the new service is actually used: usage events read from the service's own logs (CSV with a
 * column mapping per source, NDJSON), deduplicated, rolled up per person, day and feature, and the
 * lapsed-user rules that find people who never started or who stopped, and the follow-ups that send
 * the unit's tech champion to them (visible to that unit's champions and managers only). The
 * parsers, rollups and rules are pure Java: no Spring, no database, no clock; the services,
 * components and repositories around them hold the SQL and the jobs.
 */
@NullMarked
package org.uptake.usage;

import org.jspecify.annotations.NullMarked;
