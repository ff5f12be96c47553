package org.uptake.survey.wave;

/** Where a wave is: being prepared, inviting and taking answers, or over. */
public enum WaveStatus {
  DRAFT,
  OPEN,
  CLOSED
}
