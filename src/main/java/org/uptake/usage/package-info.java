/**
 * How the new service is actually used: usage events read from the service's own logs (CSV with a
 * column mapping per source, NDJSON), deduplicated, rolled up per person, day and feature, and the
 * lapsed-user rules that find people who never started or who stopped. The parsers, rollups and
 * rules here are pure Java: no Spring, no database, no clock.
 */
@NullMarked
package org.uptake.usage;

import org.jspecify.annotations.NullMarked;
