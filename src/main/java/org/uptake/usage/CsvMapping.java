package org.uptake.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which CSV header names the parts of a usage event, set once per source. Header names match
 * ignoring case and surrounding spaces.
 *
 * @param timeColumn the header of the time
 * @param userColumn the header of the person's id in the service
 * @param actionColumn the header of the feature or action
 * @param unitColumn the header of the unit code, or null if the source has none
 * @param eventIdColumn the header of the log's event id, or null if the source has none
 * @param timeFormat how the time column is written
 * @param delimiter the separator between fields: comma, semicolon or tab
 */
public record CsvMapping(
    String timeColumn,
    String userColumn,
    String actionColumn,
    @Nullable String unitColumn,
    @Nullable String eventIdColumn,
    TimeFormat timeFormat,
    char delimiter) {

  public CsvMapping {
    Objects.requireNonNull(timeColumn, "timeColumn");
    Objects.requireNonNull(userColumn, "userColumn");
    Objects.requireNonNull(actionColumn, "actionColumn");
    Objects.requireNonNull(timeFormat, "timeFormat");
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
      throw new IllegalArgumentException("delimiter must be comma, semicolon or tab");
    }
  }

  /** Comma-separated, ISO-8601 times, columns named {@code time,user,action,unit,id}. */
  public static CsvMapping standard() {
    return new CsvMapping("time", "user", "action", "unit", "id", TimeFormat.ISO_OFFSET, ',');
  }

  /** The mapped columns in a fixed order: time, user, action, then unit and event id if mapped. */
  List<String> columns() {
    List<String> columns = new ArrayList<>(List.of(timeColumn, userColumn, actionColumn));
    if (unitColumn != null) {
      columns.add(unitColumn);
    }
    if (eventIdColumn != null) {
      columns.add(eventIdColumn);
    }
    return columns;
  }
}
