/**
 * Email out of Uptake. Other modules put a {@link org.uptake.notification.Mail} in the {@link
 * org.uptake.notification.Outbox} within their own transaction; a relay sends it to the SMTP server
 * later, in batches, retrying with back-off while the server is away, so a message is never lost
 * with a rolled-back change nor sent for one.
 */
@NullMarked
package org.uptake.notification;

import org.jspecify.annotations.NullMarked;
