package org.uptake.usage;

import java.util.Arrays;
import java.util.List;

/**
 * Why a line of a training file was refused: its 1-based number (0: the whole file), a message key
 * {@code training.error.*} and the message's arguments.
 */
public record TrainingProblem(long line, String reason, List<Object> args) {

  public TrainingProblem {
    args = List.copyOf(args);
  }

  TrainingProblem(long line, String reason, Object... args) {
    this(line, reason, Arrays.asList(args));
  }
}
