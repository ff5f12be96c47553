package org.uptake.implementation;

import java.util.Locale;

/** A person's part in an activity (RACI). */
public enum RaciRole {
  /** Decides, and answers for the outcome; exactly one per activity. */
  ACCOUNTABLE,
  /** Does the work; at least one per activity. */
  RESPONSIBLE,
  /** Is asked before the decision or the work. */
  CONSULTED,
  /** Is told afterwards. */
  INFORMED;

  public String messageKey() {
    return "raci." + name().toLowerCase(Locale.ROOT);
  }

  /** The single letter of the RACI matrix, stored in the database. */
  public String letter() {
    return name().substring(0, 1);
  }

  static RaciRole ofLetter(String letter) {
    for (RaciRole role : values()) {
      if (role.letter().equals(letter)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown RACI letter " + letter);
  }
}
