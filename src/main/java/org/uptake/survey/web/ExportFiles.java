package org.uptake.survey.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The results tables as CSV (one file, tables one after another) and as XLSX (a sheet each). */
final class ExportFiles {

  private ExportFiles() {}

  /** UTF-8 with a byte order mark, so that spreadsheet programs read å, ä and ö right. */
  static byte[] csv(String title, List<ExportTable> tables) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, List.of(title));
    for (ExportTable table : tables) {
      out.append("\r\n");
      line(out, List.of(table.title()));
      line(out, table.header());
      for (List<ExportTable.Cell> row : table.rows()) {
        line(out, row.stream().map(ExportTable.Cell::text).toList());
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String field = fields.get(i);
      // a leading =, +, - or @ would be read as a formula by spreadsheet programs
      if (!field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0) {
        field = "'" + field;
      }
      out.append('"').append(field.replace("\"", "\"\"")).append('"');
    }
    out.append("\r\n");
  }

  static byte[] xlsx(List<ExportTable> tables) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Set<String> names = new HashSet<>();
      for (ExportTable table : tables) {
        Sheet sheet = book.createSheet(unique(names, table.title()));
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(table.title());
        Row header = sheet.createRow(1);
        for (int c = 0; c < table.header().size(); c++) {
          header.createCell(c).setCellValue(table.header().get(c));
        }
        int r = 2;
        for (List<ExportTable.Cell> cells : table.rows()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < cells.size(); c++) {
            ExportTable.Cell cell = cells.get(c);
            Double number = cell.number();
            if (number != null) {
              row.createCell(c).setCellValue(number);
            } else {
              row.createCell(c).setCellValue(cell.text());
            }
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unique(Set<String> names, String title) {
    String base = WorkbookUtil.createSafeSheetName(title);
    base = base.length() > 28 ? base.substring(0, 28) : base;
    String name = base;
    for (int i = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
      name = base + " " + i;
    }
    return name;
  }
}
