package org.uptake.survey;

/** A draft can change; a published version is frozen and can be used in waves. */
public enum InstrumentStatus {
  DRAFT,
  PUBLISHED
}
