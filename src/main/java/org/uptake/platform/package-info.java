/**
 * The shared platform every module stands on: the database (an embedded PostgreSQL by default, an
 * external one by URL), the tenant of the current unit of work as seen by PostgreSQL row-level
 * security, the page layout, languages and error pages. It holds no domain data of its own.
 */
@NullMarked
package org.uptake.platform;

import org.jspecify.annotations.NullMarked;
