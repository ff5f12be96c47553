/**
 * One inbox of assigned work. Any module that needs a person to act (a changed phase, an action, a
 * follow-up) calls {@link org.uptake.task.Tasks#assign}; the person sees it with its due date and a
 * link back to where it came from, and overdue work is marked.
 */
@NullMarked
package org.uptake.task;

import org.jspecify.annotations.NullMarked;
