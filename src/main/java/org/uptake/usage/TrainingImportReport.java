package org.uptake.usage;

import java.util.List;

/**
 * What a training file did: all its lines were stored ({@code problems} empty) or none was.
 *
 * @param lines the lines that named a person and a day
 * @param recorded trainings newly recorded
 * @param alreadyRecorded trainings that were recorded before (the same person and day)
 */
public record TrainingImportReport(
    long lines, long recorded, long alreadyRecorded, List<TrainingProblem> problems) {

  public TrainingImportReport {
    problems = List.copyOf(problems);
  }

  public boolean stored() {
    return problems.isEmpty();
  }
}
