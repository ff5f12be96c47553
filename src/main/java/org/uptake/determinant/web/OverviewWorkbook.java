package org.uptake.determinant.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.uptake.determinant.DeterminantOverview;

/** The overview's tables and heat maps as an XLSX workbook, one sheet per table. */
final class OverviewWorkbook {

  private OverviewWorkbook() {}

  /**
   * Writes the workbook; {@code text} gives a label in the reader's language by message key, {@code
   * labels} the names of headings by code.
   */
  static byte[] write(
      DeterminantOverview overview, Function<String, String> text, Map<String, String> labels) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (DeterminantOverview.Table table : overview.tables()) {
        Sheet sheet =
            book.createSheet(sheetName(text.apply("determinant.overview.table." + table.key())));
        header(
            sheet,
            List.of(
                text.apply("determinant.overview.code"),
                text.apply("determinant.overview.heading"),
                text.apply("determinant.overview.barriers"),
                text.apply("determinant.overview.barrier-percent"),
                text.apply("determinant.overview.facilitators"),
                text.apply("determinant.overview.facilitator-percent")));
        int r = 1;
        for (DeterminantOverview.Row row : table.rows()) {
          Row line = sheet.createRow(r++);
          line.createCell(0).setCellValue(row.code());
          line.createCell(1).setCellValue(labels.getOrDefault(row.code(), row.code()));
          line.createCell(2).setCellValue(row.barriers());
          line.createCell(3).setCellValue(row.barrierPercent());
          line.createCell(4).setCellValue(row.facilitators());
          line.createCell(5).setCellValue(row.facilitatorPercent());
        }
        Row all = sheet.createRow(r);
        all.createCell(1).setCellValue(text.apply("determinant.overview.total"));
        all.createCell(2).setCellValue(overview.total().barriers());
        all.createCell(4).setCellValue(overview.total().facilitators());
      }
      heatMap(
          book,
          text.apply("determinant.overview.map.BARRIER"),
          overview.barrierMap(),
          text,
          labels);
      heatMap(
          book,
          text.apply("determinant.overview.map.FACILITATOR"),
          overview.facilitatorMap(),
          text,
          labels);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void heatMap(
      XSSFWorkbook book,
      String name,
      DeterminantOverview.HeatMap map,
      Function<String, String> text,
      Map<String, String> labels) {
    Sheet sheet = book.createSheet(sheetName(name));
    Row head = sheet.createRow(0);
    head.createCell(0).setCellValue(text.apply("determinant.overview.unit"));
    for (int c = 0; c < map.headings().size(); c++) {
      String heading = map.headings().get(c);
      head.createCell(c + 1).setCellValue(labels.getOrDefault(heading, heading));
    }
    for (int r = 0; r < map.units().size(); r++) {
      String unit = map.units().get(r);
      Row line = sheet.createRow(r + 1);
      line.createCell(0).setCellValue(labels.getOrDefault(unit, unit));
      for (int c = 0; c < map.headings().size(); c++) {
        line.createCell(c + 1).setCellValue(map.count(unit, map.headings().get(c)));
      }
    }
  }

  private static void header(Sheet sheet, List<String> names) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      row.createCell(i).setCellValue(names.get(i));
    }
  }

  private static String sheetName(String name) {
    return WorkbookUtil.createSafeSheetName(name.length() > 31 ? name.substring(0, 31) : name);
  }
}
