/**
 * Who may do what: local and OIDC sign-in, accounts and their roles, API tokens, the tenant of each
 * request, and the audit trail of who read or changed personal data. Other modules ask {@link
 * org.uptake.access.CurrentUser} who is acting and tell {@link org.uptake.access.AuditTrail} what
 * they did.
 */
@NullMarked
package org.uptake.access;

import org.jspecify.annotations.NullMarked;
