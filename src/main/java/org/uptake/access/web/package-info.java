/**
 * Pages for signing in, one's own account and API tokens, and the admin's view of accounts and the
 * audit trail.
 */
@NullMarked
package org.uptake.access.web;

import org.jspecify.annotations.NullMarked;
