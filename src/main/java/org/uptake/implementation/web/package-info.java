/**
 * Pages and API of the implementation plan: implementations, unit phases and gates, timeline, RACI,
 * decisions.
 */
@NullMarked
package org.uptake.implementation.web;

import org.jspecify.annotations.NullMarked;
