package org.uptake.survey.wave;

import java.time.LocalDate;
import java.util.List;

/** How a wave is going: answers by day, and how many of those invited have had reminders. */
public record WaveProgress(Wave wave, List<Day> days, int reminded) {

  /** How many answered on a day, and how many had answered by its end. */
  public record Day(LocalDate day, int answered, int total) {}

  public WaveProgress {
    days = List.copyOf(days);
  }
}
