package org.uptake.survey.wave;

import java.time.LocalDate;
import org.uptake.survey.Instrument;

/**
 * What a person answering sees: the wave, its instrument and the answers so far (saved progress, or
 * what was sent back with problems).
 *
 * @param saved true when progress was saved before and is shown again
 */
public record AnswerPage(
    WaveId wave,
    String name,
    boolean anonymous,
    LocalDate closesOn,
    Instrument instrument,
    AnswerSheet sheet,
    boolean saved) {

  public AnswerPage withSheet(AnswerSheet answers) {
    return new AnswerPage(wave, name, anonymous, closesOn, instrument, answers, saved);
  }
}
