package org.uptake.survey.wave;

import java.time.LocalDate;
import org.uptake.survey.Instrument;
import org.uptake.survey.InstrumentId;

/**
 * What a person answering sees: the wave, its instrument and the answers so far (saved progress, or
 * what was sent back with problems).
 *
 * @param instrumentId the published version the form is of (it never changes)
 * @param saved true when progress was saved before and is shown again
 */
public record AnswerPage(
    WaveId wave,
    String name,
    boolean anonymous,
    LocalDate closesOn,
    InstrumentId instrumentId,
    Instrument instrument,
    AnswerSheet sheet,
    boolean saved) {

  public AnswerPage withSheet(AnswerSheet answers) {
    return new AnswerPage(
        wave, name, anonymous, closesOn, instrumentId, instrument, answers, saved);
  }
}
