package org.uptake.determinant;

/** How a stakeholder group was heard in a needs assessment. */
public enum ConsultationMethod {
  INTERVIEW,
  FOCUS_GROUP,
  SURVEY,
  WORKSHOP,
  OBSERVATION,
  DOCUMENT
}
