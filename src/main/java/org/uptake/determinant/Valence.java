package org.uptake.determinant;

/** Whether a determinant hinders the implementation or helps it. */
public enum Valence {
  BARRIER,
  FACILITATOR
}
