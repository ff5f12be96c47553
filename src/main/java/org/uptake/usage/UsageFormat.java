package org.uptake.usage;

/** How a source writes its events. */
public enum UsageFormat {
  CSV,
  NDJSON,
  /** FHIR R4 AuditEvent resources: a Bundle, or NDJSON with one resource per line. */
  FHIR_AUDIT_EVENT
}
