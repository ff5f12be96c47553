package org.uptake.implementation;

import java.util.Locale;

/** The five phases every unit goes through, in order. */
public enum PhaseName {
  PREPARE("#4a5360"),
  TRAIN("#0b4f9c"),
  GO_LIVE("#a4161a"),
  EMBED("#1e6b33"),
  FOLLOW_UP("#6a3d9a");

  private final String colour;

  PhaseName(String colour) {
    this.colour = colour;
  }

  public String messageKey() {
    return "phase." + name().toLowerCase(Locale.ROOT);
  }

  /**
   * The colour of the phase's bar on the timeline, the same as the {@code .phase-*} classes of the
   * style sheet.
   */
  public String colour() {
    return colour;
  }

  /** True for the phases that can only begin once the unit has gone live. */
  public boolean afterGoLive() {
    return compareTo(GO_LIVE) > 0;
  }
}
