package org.uptake.survey.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of a wave's results as the page shows it and the CSV and XLSX exports write it: texts
 * in the reader's language, suppressed figures already replaced by words.
 *
 * @param id the table's anchor on the page
 */
record ExportTable(String id, String title, List<String> header, List<List<Cell>> rows) {

  /**
   * A cell: its text, the number behind it for a spreadsheet, and a share (0–100) to draw as a bar.
   */
  record Cell(String text, @Nullable Double number, @Nullable Double bar) {

    static Cell of(String text) {
      return new Cell(text, null, null);
    }

    static Cell number(String text, double number) {
      return new Cell(text, number, null);
    }
  }
}
