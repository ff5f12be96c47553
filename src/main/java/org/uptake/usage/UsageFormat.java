package org.uptake.usage;

/** How a source writes its events. */
public enum UsageFormat {
  CSV,
  NDJSON
}
