package org.uptake.usage.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.uptake.usage.CsvMapping;
import org.uptake.usage.TimeFormat;
import org.uptake.usage.UsageFormat;

/** A new usage source: its name, implementation, format and, for CSV, its columns. */
record SourceForm(
    @NotNull @Nullable UUID implementation,
    @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._-]+") String name,
    @NotNull UsageFormat format,
    @NotBlank @Pattern(regexp = "comma|semicolon|tab") String delimiter,
    @NotBlank @Size(max = 80) String timeColumn,
    @NotBlank @Size(max = 80) String userColumn,
    @NotBlank @Size(max = 80) String actionColumn,
    @Nullable @Size(max = 80) String unitColumn,
    @Nullable @Size(max = 80) String eventIdColumn,
    @NotNull TimeFormat timeFormat,
    @NotBlank @Pattern(regexp = "Europe/Helsinki|Europe/Stockholm|Europe/Oslo|UTC") String zone) {

  /** The time zones offered for counting days. */
  static final java.util.List<String> ZONES =
      java.util.List.of("Europe/Helsinki", "Europe/Stockholm", "Europe/Oslo", "UTC");

  static SourceForm empty() {
    return new SourceForm(
        null,
        "",
        UsageFormat.CSV,
        "comma",
        "time",
        "user",
        "action",
        "unit",
        "id",
        TimeFormat.ISO_OFFSET,
        "Europe/Helsinki");
  }

  CsvMapping mapping() {
    char separator =
        switch (delimiter) {
          case "semicolon" -> ';';
          case "tab" -> '\t';
          default -> ',';
        };
    return new CsvMapping(
        timeColumn.strip(),
        userColumn.strip(),
        actionColumn.strip(),
        blank(unitColumn),
        blank(eventIdColumn),
        timeFormat,
        separator);
  }

  ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
