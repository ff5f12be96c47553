package org.uptake.organisation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of the first sheet of an XLSX workbook, streaming the sheet so that an oversized
 * one is refused after {@link RosterParser#MAX_ROWS} rows instead of being loaded whole. Cells read
 * as Excel shows them (a number formatted "00123" stays "00123"; a formula gives its last computed
 * value). Line numbers are Excel's row numbers.
 */
final class XlsxRosterReader {

  /**
   * Most bytes the workbook may unpack to. A 20,000-row roster unpacks to about 10 MB; this stops a
   * small, highly compressed file (a "zip bomb") from filling memory.
   */
  static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

  private static final int MAX_ENTRIES = 1_000;

  /**
   * Columns past this are ignored; a roster has a handful, and a stray cell at XFD must not cost
   * memory.
   */
  private static final int MAX_COLUMNS = 256;

  private XlsxRosterReader() {}

  static RawSheet read(byte[] content) {
    @Nullable RosterProblem unpackProblem = checkUnpackedSize(content);
    if (unpackProblem != null) {
      return RawSheet.rejected(unpackProblem);
    }
    RowCollector collector = new RowCollector();
    OPCPackage workbook = null;
    try {
      workbook = OPCPackage.open(new ByteArrayInputStream(content));
      XSSFReader reader = new XSSFReader(workbook);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return notARoster();
      }
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              new ReadOnlySharedStringsTable(workbook),
              collector,
              new DataFormatter(Locale.ROOT),
              false));
      try (InputStream sheet = sheets.next()) {
        xml.parse(new InputSource(sheet));
      }
    } catch (Exception e) {
      // Damaged or foreign packages (a .docx, an .ods, a truncated download) fail in many ways
      // inside POI, checked and unchecked; to the user they are all "not a roster". Stopping at
      // the row limit also ends up here, possibly wrapped by the XML parser.
      if (!collector.tooManyRows) {
        return notARoster();
      }
    } finally {
      if (workbook != null) {
        workbook.revert();
      }
    }
    if (collector.tooManyRows) {
      return RawSheet.rejected(
          RosterProblem.wholeFile(
              RosterProblem.TOO_MANY_ROWS, String.valueOf(RosterParser.MAX_ROWS)));
    }
    return new RawSheet(collector.rows, List.of());
  }

  /**
   * Unpacks every entry once, counting bytes, before POI is trusted with the package. Reads the ZIP
   * as POI does (commons-compress, stored entries with data descriptors allowed): java.util.zip
   * refuses some valid workbooks, POI's own streaming output among them.
   */
  private static @Nullable RosterProblem checkUnpackedSize(byte[] content) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (ZipArchiveInputStream zip =
        new ZipArchiveInputStream(
            new ByteArrayInputStream(content), StandardCharsets.UTF_8.name(), false, true)) {
      while (zip.getNextEntry() != null) {
        if (++entries > MAX_ENTRIES) {
          return RosterProblem.wholeFile(RosterProblem.NOT_A_ROSTER);
        }
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > MAX_UNPACKED_BYTES) {
            return RosterProblem.wholeFile(
                RosterProblem.TOO_LARGE, String.valueOf(RosterParser.MAX_MEGABYTES));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return RosterProblem.wholeFile(RosterProblem.NOT_A_ROSTER);
    }
    return entries == 0 ? RosterProblem.wholeFile(RosterProblem.NOT_A_ROSTER) : null;
  }

  private static RawSheet notARoster() {
    return RawSheet.rejected(RosterProblem.wholeFile(RosterProblem.NOT_A_ROSTER));
  }

  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    final List<RawRow> rows = new ArrayList<>();
    boolean tooManyRows;
    private final List<String> cells = new ArrayList<>();

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(
        @Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
      // Some writers leave out cell references; such cells follow on from the previous one.
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      if (column >= MAX_COLUMNS || value == null) {
        return;
      }
      while (cells.size() < column) {
        cells.add("");
      }
      if (column < cells.size()) {
        cells.set(column, value);
      } else {
        cells.add(value);
      }
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().allMatch(CellText::isBlank)) {
        return;
      }
      rows.add(new RawRow(rowNum + 1, cells));
      if (rows.size() > RosterParser.MAX_ROWS + 1) {
        tooManyRows = true;
        throw new RowLimitReached();
      }
    }
  }

  private static final class RowLimitReached extends RuntimeException {
    RowLimitReached() {
      super("row limit reached", null, false, false);
    }
  }
}
