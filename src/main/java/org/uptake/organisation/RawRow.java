package org.uptake.organisation;

import java.util.List;

/** One non-blank row of a roster file, before any checking: its line and its cells as read. */
record RawRow(int line, List<String> cells) {

  RawRow {
    cells = List.copyOf(cells);
  }

  /** The cell at a column index, or "" if the row is shorter. */
  String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }
}
