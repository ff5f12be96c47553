package org.uptake.determinant;

import java.io.Serial;

/**
 * A change the register refuses, such as merging determinants of two implementations or a tag from
 * a catalogue level a determinant cannot carry. The API answers 400 with the message.
 */
public class DeterminantRuleException extends IllegalArgumentException {

  @Serial private static final long serialVersionUID = 1L;

  public DeterminantRuleException(String message) {
    super(message);
  }
}
