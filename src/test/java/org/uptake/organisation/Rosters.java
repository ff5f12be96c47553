package org.uptake.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** Roster files and staff for tests. */
final class Rosters {

  static final Set<String> UNITS = Set.of("WARD-3A", "HOME-CARE", "ER");

  static final String HEADER =
      "employee_number,first_name,last_name,email,unit,professional_group,shift_pattern";

  private Rosters() {}

  /** A UTF-8 file of the given lines, each ended by CRLF as Excel writes them. */
  static byte[] csv(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  static RosterParseResult parseCsv(String... lines) {
    return RosterParser.parse(csv(lines), "roster.csv", UNITS);
  }

  /** A valid roster with {@code count} staff in WARD-3A, numbered E00001 upwards. */
  static String[] validLines(int count) {
    String[] lines = new String[count + 1];
    lines[0] = HEADER;
    for (int i = 1; i <= count; i++) {
      lines[i] =
          "E%05d,First%d,Last%d,person%d@example.org,WARD-3A,registered_nurse,three_shift"
              .formatted(i, i, i, i);
    }
    return lines;
  }

  /** An XLSX workbook with one sheet holding the given rows; a null row is left out (blank). */
  static byte[] xlsx(List<@Nullable List<?>> rows) {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Staff");
      fill(sheet, rows);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void fill(Sheet sheet, List<@Nullable List<?>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      List<?> values = rows.get(r);
      if (values == null) {
        continue;
      }
      Row row = sheet.createRow(r);
      for (int c = 0; c < values.size(); c++) {
        switch (values.get(c)) {
          case null -> {}
          case Number number -> row.createCell(c).setCellValue(number.doubleValue());
          case Object other -> row.createCell(c).setCellValue(other.toString());
        }
      }
    }
  }

  static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  static List<String> headerCells() {
    return List.of(HEADER.split(","));
  }

  static RosterRow row(int line, String employeeNumber, String unit, String group) {
    return new RosterRow(
        line,
        employeeNumber,
        "First " + employeeNumber,
        "Last " + employeeNumber,
        employeeNumber.toLowerCase() + "@example.org",
        unit,
        group,
        "day");
  }

  static ExistingStaff staffLike(RosterRow row, boolean active) {
    return new ExistingStaff(
        row.employeeNumber(),
        row.firstName(),
        row.lastName(),
        row.email(),
        row.unitCode(),
        row.professionalGroup(),
        row.shiftPattern(),
        active);
  }
}
