package org.uptake.determinant.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.uptake.determinant.DeterminantOverview;
import org.uptake.framework.Frameworks;
import org.uptake.organisation.Unit;

/** The names of the overview's headings in a language: framework entries, units and groups. */
final class OverviewLabels {

  private OverviewLabels() {}

  static Map<String, String> of(
      DeterminantOverview overview,
      Frameworks frameworks,
      Iterable<Unit> units,
      MessageSource messages,
      Locale locale) {
    Map<String, String> labels = new HashMap<>();
    units.forEach(unit -> labels.put(unit.id().value().toString(), unit.name()));
    NeedsController.groups()
        .forEach((code, key) -> labels.put(code, messages.getMessage(key, null, code, locale)));
    for (DeterminantOverview.Table table : overview.tables()) {
      for (DeterminantOverview.Row row : table.rows()) {
        frameworks
            .entry(row.code())
            .ifPresent(
                entry ->
                    labels.put(
                        row.code(),
                        entry.label() == null
                            ? entry.name(locale)
                            : entry.label() + " " + entry.name(locale)));
        labels.putIfAbsent(row.code(), row.code());
      }
    }
    return labels;
  }
}
