/** The administrator's page on outgoing email. */
@NullMarked
package org.uptake.notification.web;

import org.jspecify.annotations.NullMarked;
