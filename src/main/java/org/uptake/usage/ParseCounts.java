package org.uptake.usage;

/**
 * What a parser saw in one file.
 *
 * @param lines physical lines read, the header and blank lines included
 * @param events events handed on
 * @param problems problems handed on
 */
public record ParseCounts(long lines, long events, long problems) {}
