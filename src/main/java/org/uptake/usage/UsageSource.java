package org.uptake.usage;

import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.uptake.implementation.ImplementationId;

/**
 * A log Uptake reads usage events from, named once per organisation.
 *
 * @param id the source's id
 * @param implementation the implementation whose service writes the log
 * @param name the name imports give (for example "ehr-prod"); unique in the organisation
 * @param format CSV or NDJSON
 * @param mapping the CSV column mapping, or null for NDJSON
 * @param zone the time zone whose calendar days the rollups count in
 */
public record UsageSource(
    UsageSourceId id,
    ImplementationId implementation,
    String name,
    UsageFormat format,
    @Nullable CsvMapping mapping,
    ZoneId zone) {

  public UsageSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(implementation, "implementation");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(zone, "zone");
    if (format == UsageFormat.CSV && mapping == null) {
      throw new IllegalArgumentException("a CSV source needs a column mapping");
    }
  }
}
