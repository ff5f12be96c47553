/**
 * Survey waves: a published instrument sent to an audience for a period, the personal invitations
 * and their links, reminders, answering by link or from the inbox, and the stored responses. In an
 * anonymous wave who answered (the invitation) and what was answered (the response) share no key,
 * id or time finer than a day. Other modules use this package through its named interface.
 */
@NamedInterface("wave")
@NullMarked
package org.uptake.survey.wave;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
