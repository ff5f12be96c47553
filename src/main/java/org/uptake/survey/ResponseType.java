package org.uptake.survey;

/** How an item is answered. */
public enum ResponseType {
  /** Agreement on five points, 1 (strongly disagree) to 5 (strongly agree), with opt-outs. */
  AGREEMENT_5(1, 5),
  /** A scale from 0 to 10 with labels at both ends. */
  SCALE_0_10(0, 10),
  SINGLE_CHOICE(0, 0),
  MULTIPLE_CHOICE(0, 0),
  FREE_TEXT(0, 0);

  private final int min;
  private final int max;

  ResponseType(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /** Answered with a number that scoring can use. */
  public boolean numeric() {
    return this == AGREEMENT_5 || this == SCALE_0_10;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }

  /** The answer on the other end of the scale: 1 ↔ 5 on agreement, 0 ↔ 10 on the scale. */
  public int reversed(int value) {
    return min + max - value;
  }
}
