package org.uptake.survey;

/** How a construct's items make its score. */
public enum ScoringRule {
  /** The mean of the answered items, opt-outs left out. */
  MEAN,
  /** The sum of the answered items. */
  SUM,
  /**
   * The System Usability Scale: ten agreement items; odd items answer − 1, even items 5 − answer,
   * the sum × 2.5, giving 0–100 (Brooke J. SUS: a "quick and dirty" usability scale. In: Jordan PW
   * et al., eds. Usability Evaluation in Industry. Taylor &amp; Francis; 1996:189–194). All ten
   * must be answered.
   */
  SUS
}
