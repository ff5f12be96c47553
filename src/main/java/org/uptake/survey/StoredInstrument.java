package org.uptake.survey;

import org.jspecify.annotations.Nullable;

/**
 * One version of an instrument as the organisation keeps it.
 *
 * @param source BUILT in the browser, IMPORTED from a Questionnaire, or LIBRARY (shipped)
 * @param previous the version it was made from, or null for the first
 */
public record StoredInstrument(
    InstrumentId id,
    Instrument instrument,
    InstrumentStatus status,
    String source,
    @Nullable InstrumentId previous) {

  public boolean published() {
    return status == InstrumentStatus.PUBLISHED;
  }
}
