package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.organisation.Rosters.UNITS;
import static org.uptake.organisation.Rosters.headerCells;
import static org.uptake.organisation.Rosters.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RosterParserXlsxTest {

  @Test
  void readsTheFirstSheetWithExcelRowNumbers() {
    List<@Nullable List<?>> rows = new ArrayList<>();
    rows.add(null); // Excel row 1 left empty
    rows.add(headerCells());
    rows.add(
        List.of(
            "E1",
            "Aino",
            "Virtanen",
            "aino@example.fi",
            "WARD-3A",
            "registered_nurse",
            "three_shift"));
    rows.add(null);
    rows.add(Arrays.asList("E2", "Erik", "Lund", null, "er", "Physician", null));

    RosterParseResult result = RosterParser.parse(xlsx(rows), "staff.xlsx", UNITS);

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows())
        .containsExactly(
            new RosterRow(
                3,
                "E1",
                "Aino",
                "Virtanen",
                "aino@example.fi",
                "WARD-3A",
                "registered_nurse",
                "three_shift"),
            new RosterRow(5, "E2", "Erik", "Lund", null, "ER", "physician", null));
  }

  @Test
  void numericEmployeeNumbersReadAsExcelShowsThem() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet();
      Rosters.fill(
          sheet, List.of(headerCells(), Arrays.asList(12345, "A", "B", null, "ER", "other", null)));
      CellStyle zeroPadded = workbook.createCellStyle();
      zeroPadded.setDataFormat(workbook.createDataFormat().getFormat("00000"));
      Row row = sheet.createRow(2);
      row.createCell(0).setCellValue(123);
      row.getCell(0).setCellStyle(zeroPadded);
      row.createCell(1).setCellValue("C");
      row.createCell(2).setCellValue("D");
      row.createCell(4).setCellFormula("\"E\"&\"R\"");
      row.createCell(5).setCellValue("other");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

      RosterParseResult result = RosterParser.parse(Rosters.bytes(workbook), null, UNITS);

      assertThat(result.problems()).isEmpty();
      assertThat(result.rows())
          .extracting(RosterRow::employeeNumber)
          .containsExactly("12345", "00123");
      assertThat(result.rows().get(1).unitCode()).isEqualTo("ER");
    }
  }

  @Test
  void onlyTheFirstSheetCounts() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Rosters.fill(
          workbook.createSheet("Staff"),
          List.of(headerCells(), List.of("E1", "A", "B", "", "ER", "other", "")));
      Rosters.fill(workbook.createSheet("Notes"), List.of(List.of("anything"), List.of("E2")));

      assertThat(RosterParser.parse(Rosters.bytes(workbook), null, UNITS).rows())
          .extracting(RosterRow::employeeNumber)
          .containsExactly("E1");
    }
  }

  @Test
  void rowProblemsCarryTheExcelRowNumber() {
    List<@Nullable List<?>> rows = new ArrayList<>();
    rows.add(headerCells());
    rows.add(List.of("E1", "A", "B", "", "ER", "other", ""));
    rows.add(null);
    rows.add(List.of("E2", "A", "B", "", "WARD-9", "other", ""));
    rows.add(List.of("e1", "A", "B", "", "ER", "other", ""));

    RosterParseResult result = RosterParser.parse(xlsx(rows), null, UNITS);

    assertThat(result.problems())
        .containsExactly(
            new RosterProblem(4, "roster.error.unknown-unit", List.of("WARD-9")),
            new RosterProblem(5, "roster.error.duplicate-employee-number", List.of("e1", "2")));
  }

  @Test
  void workbookWithoutRosterHeaderIsNotARoster() {
    assertThat(
            RosterParser.parse(xlsx(List.of(List.of("Budget 2026"), List.of(1, 2, 3))), null, UNITS)
                .problems())
        .containsExactly(new RosterProblem(0, "roster.error.not-a-roster", List.of()));
  }

  @Test
  void emptyWorkbookIsAnEmptyFile() {
    assertThat(RosterParser.parse(xlsx(List.of()), null, UNITS).problems())
        .containsExactly(new RosterProblem(0, "roster.error.empty-file", List.of()));
  }

  @Test
  void tooManyRowsStopsReading() throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet();
      Rosters.fill(sheet, List.of(headerCells()));
      for (int r = 1; r <= RosterParser.MAX_ROWS + 1; r++) {
        Row row = sheet.createRow(r);
        List<String> values = List.of("E" + r, "A", "B", "", "ER", "other", "");
        for (int c = 0; c < values.size(); c++) {
          row.createCell(c).setCellValue(values.get(c));
        }
      }
      byte[] content = Rosters.bytes(workbook);
      workbook.close();

      assertThat(RosterParser.parse(content, null, UNITS).problems())
          .containsExactly(new RosterProblem(0, "roster.error.too-many-rows", List.of("20000")));
    }
  }

  @Test
  void zipThatUnpacksToFarMoreThanARosterIsTooLarge() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 60; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(RosterParser.MAX_BYTES);

    assertThat(RosterParser.parse(bytes.toByteArray(), "bomb.xlsx", UNITS).problems())
        .containsExactly(new RosterProblem(0, "roster.error.too-large", List.of("5")));
  }

  @Test
  void otherZipFilesAndDamagedWorkbooksAreNotARoster() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes());
      zip.closeEntry();
    }
    byte[] workbook = xlsx(List.of(headerCells(), List.of("E1", "A", "B", "", "ER", "other", "")));
    byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
    byte[] emptyZip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    for (byte[] content : List.of(bytes.toByteArray(), truncated, emptyZip)) {
      assertThat(RosterParser.parse(content, "roster.xlsx", UNITS).problems())
          .containsExactly(new RosterProblem(0, "roster.error.not-a-roster", List.of()));
    }
  }

  @Test
  void nameDoesNotDecideTheFormat() {
    byte[] workbook = xlsx(List.of(headerCells(), List.of("E1", "A", "B", "", "ER", "other", "")));

    assertThat(RosterParser.parse(workbook, "roster.csv", UNITS).rows()).hasSize(1);
  }
}
