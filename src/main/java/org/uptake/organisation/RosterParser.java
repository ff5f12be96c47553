package org.uptake.organisation;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a staff roster file into checked rows and problems. Pure: no I/O beyond the bytes given, no
 * clock, no Spring.
 *
 * <p>The format is decided by the content, not the name: a ZIP package is read as XLSX (its first
 * sheet), known binary formats (PDF, images, legacy .xls) are refused, and anything else is read as
 * CSV in UTF-8. The first non-blank row is the header; blank rows are skipped; values are trimmed.
 *
 * <p>Contract: for any content this returns, never throws, and the result has rows or problems (or
 * both) whose line numbers lie within the file.
 */
public final class RosterParser {

  /** Largest file accepted, in megabytes, as shown to users. */
  public static final int MAX_MEGABYTES = 5;

  /**
   * Largest file accepted, in bytes. Check the upload against it before reading it all into memory.
   */
  public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

  /** Most data rows (the header not counted) a roster may have. */
  public static final int MAX_ROWS = 20_000;

  /** Longest value accepted in any column, in characters after trimming. */
  public static final int MAX_FIELD_LENGTH = 255;

  private RosterParser() {}

  /**
   * Reads a roster file.
   *
   * @param content the file's bytes
   * @param filename the name the user gave the file, or null; the content decides the format, so
   *     the name is not used to read the file
   * @param knownUnitCodes codes of the organisation's units; rows naming another unit are refused.
   *     Codes match ignoring case and come back spelt as given here.
   * @return the valid rows and every problem found
   */
  public static RosterParseResult parse(
      byte[] content, @Nullable String filename, Set<String> knownUnitCodes) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(knownUnitCodes, "knownUnitCodes");
    if (content.length == 0) {
      return RosterParseResult.rejected(RosterProblem.wholeFile(RosterProblem.EMPTY_FILE));
    }
    if (content.length > MAX_BYTES) {
      return RosterParseResult.rejected(
          RosterProblem.wholeFile(RosterProblem.TOO_LARGE, String.valueOf(MAX_MEGABYTES)));
    }
    RawSheet sheet =
        switch (FileSignature.of(content)) {
          case ZIP -> XlsxRosterReader.read(content);
          case OTHER_BINARY ->
              RawSheet.rejected(RosterProblem.wholeFile(RosterProblem.NOT_A_ROSTER));
          case TEXT -> CsvRosterReader.read(content);
        };
    return RosterValidator.validate(sheet, knownUnitCodes);
  }
}
