package org.uptake.organisation;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a roster file, to be shown to the person who uploaded it.
 *
 * <p>{@code reason} is an i18n message key (the constants below); {@code args} are the values for
 * the message's placeholders, in the order listed on each constant. {@code line} is the line (CSV)
 * or row (XLSX) the problem is on, counting the header as line 1; {@code 0} means the whole file.
 *
 * @param line 1-based line or row number, or 0 for the whole file
 * @param reason message key, one of the constants of this record
 * @param args message arguments, never null, possibly empty
 */
public record RosterProblem(int line, String reason, List<String> args) {

  /** The file has no bytes, or only blank lines. No args. */
  public static final String EMPTY_FILE = "roster.error.empty-file";

  /** The file has a header but no data rows. No args. */
  public static final String NO_ROWS = "roster.error.no-rows";

  /**
   * The file is over {@link RosterParser#MAX_BYTES}, or is a workbook that unpacks to far more than
   * a roster could. Args: the limit in megabytes.
   */
  public static final String TOO_LARGE = "roster.error.too-large";

  /** The file has more than {@link RosterParser#MAX_ROWS} data rows. Args: the limit. */
  public static final String TOO_MANY_ROWS = "roster.error.too-many-rows";

  /**
   * A text file that is not valid UTF-8 (for example saved as ANSI / windows-1252, or as UTF-16);
   * {@code line} is where the first invalid byte is. No args.
   */
  public static final String BAD_ENCODING = "roster.error.bad-encoding";

  /** Not a CSV or XLSX file, or no column of its first row is a roster column. No args. */
  public static final String NOT_A_ROSTER = "roster.error.not-a-roster";

  /**
   * A quoted CSV field that is never closed, or text right after a closing quote; the rest of the
   * file cannot be read. {@code line} is where the broken record starts. No args.
   */
  public static final String BAD_QUOTES = "roster.error.bad-quotes";

  /** A required column is absent from the header. Args: the column's name. */
  public static final String MISSING_COLUMN = "roster.error.missing-column";

  /** Two header cells name the same column (possibly through aliases). Args: the column's name. */
  public static final String DUPLICATE_COLUMN = "roster.error.duplicate-column";

  /** A required value is empty. Args: the column's name. */
  public static final String MISSING_FIELD = "roster.error.missing-field";

  /**
   * A value is longer than {@link RosterParser#MAX_FIELD_LENGTH}. Args: the column's name, the
   * limit.
   */
  public static final String TOO_LONG = "roster.error.too-long";

  /** The email address does not look like one. Args: the value. */
  public static final String BAD_EMAIL = "roster.error.bad-email";

  /** The unit code is not one of the organisation's units. Args: the value. */
  public static final String UNKNOWN_UNIT = "roster.error.unknown-unit";

  /** The professional group is not a known code. Args: the value. */
  public static final String UNKNOWN_GROUP = "roster.error.unknown-group";

  /** The shift pattern is not a known code. Args: the value. */
  public static final String UNKNOWN_SHIFT = "roster.error.unknown-shift";

  /**
   * The employee number already appeared earlier in the file; reported on the later line. Args: the
   * employee number, the line it first appeared on.
   */
  public static final String DUPLICATE_EMPLOYEE_NUMBER = "roster.error.duplicate-employee-number";

  /** Every reason this parser reports, for checking that each has a message in every language. */
  public static final List<String> REASONS =
      List.of(
          EMPTY_FILE,
          NO_ROWS,
          TOO_LARGE,
          TOO_MANY_ROWS,
          BAD_ENCODING,
          NOT_A_ROSTER,
          BAD_QUOTES,
          MISSING_COLUMN,
          DUPLICATE_COLUMN,
          MISSING_FIELD,
          TOO_LONG,
          BAD_EMAIL,
          UNKNOWN_UNIT,
          UNKNOWN_GROUP,
          UNKNOWN_SHIFT,
          DUPLICATE_EMPLOYEE_NUMBER);

  public RosterProblem {
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (whole file) or positive, was " + line);
    }
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    args = List.copyOf(args);
  }

  static RosterProblem wholeFile(String reason, String... args) {
    return new RosterProblem(0, reason, List.of(args));
  }

  static RosterProblem atLine(int line, String reason, String... args) {
    return new RosterProblem(line, reason, List.of(args));
  }
}
