package org.uptake.determinant;

/** What a piece of evidence is: something a person said, a survey result, or a note. */
public enum EvidenceKind {
  QUOTATION,
  SURVEY,
  NOTE
}
