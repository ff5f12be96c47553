package org.uptake.survey;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A wave as its results describe it.
 *
 * @param k the smallest group shown (the wave's minimum group size)
 * @param invited the people invited
 * @param answered the invited people who have answered
 */
public record ResultWave(
    UUID id,
    String name,
    InstrumentId instrument,
    UUID series,
    boolean anonymous,
    LocalDate opensOn,
    LocalDate closesOn,
    String status,
    int k,
    int invited,
    int answered) {}
