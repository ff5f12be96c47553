/** The start page and the task inbox. */
@NullMarked
package org.uptake.task.web;

import org.jspecify.annotations.NullMarked;
