package org.uptake.usage;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a usage file, to be shown to the person or system that sent it.
 *
 * <p>{@code reason} is an i18n message key (the constants below); {@code args} are the values for
 * the message's placeholders, in the order listed on each constant. Args never hold a person's id:
 * a problem report may be shown to someone who may not see usage data.
 *
 * @param line 1-based physical line number, or 0 for the whole file
 * @param reason message key, one of the constants of this record
 * @param args message arguments, never null, possibly empty
 */
public record UsageProblem(long line, String reason, List<String> args) {

  /** The file has no lines with content, or (CSV) only a header. No args. */
  public static final String EMPTY_FILE = "usage.error.empty-file";

  /**
   * The file looked compressed (gzip) but cannot be unpacked, or ends in the middle; {@code line}
   * is the last line read. No args.
   */
  public static final String BAD_COMPRESSION = "usage.error.bad-compression";

  /** The line is not valid UTF-8 text. No args. */
  public static final String BAD_ENCODING = "usage.error.bad-encoding";

  /** The line is longer than {@link UsageLines#MAX_LINE_BYTES}. Args: the limit in bytes. */
  public static final String LINE_TOO_LONG = "usage.error.line-too-long";

  /** A column the source's mapping names is absent from the CSV header. Args: the column. */
  public static final String MISSING_COLUMN = "usage.error.missing-column";

  /** Two CSV header cells have the same name, and the mapping uses it. Args: the column. */
  public static final String DUPLICATE_COLUMN = "usage.error.duplicate-column";

  /**
   * A quoted CSV field is not closed on its line, or has text right after its closing quote. No
   * args.
   */
  public static final String BAD_QUOTES = "usage.error.bad-quotes";

  /** The line is not one complete JSON value. No args. */
  public static final String BAD_JSON = "usage.error.bad-json";

  /** The line is JSON, but not an object. No args. */
  public static final String NOT_AN_OBJECT = "usage.error.not-an-object";

  /** A field has a JSON type that cannot hold its value. Args: the field. */
  public static final String WRONG_TYPE = "usage.error.wrong-type";

  /** A required value (time, user, action) is absent or empty. Args: the column or field. */
  public static final String MISSING_FIELD = "usage.error.missing-field";

  /** A value is longer than {@link UsageLines#MAX_FIELD_LENGTH}. Args: the field, the limit. */
  public static final String TOO_LONG = "usage.error.too-long";

  /**
   * The time is not in the source's format (ISO-8601 with an offset, or epoch milliseconds), or
   * lies outside 1970-9999. Args: the value, cut to 40 characters.
   */
  public static final String BAD_TIME = "usage.error.bad-time";

  /**
   * The FHIR resource (a line, or a Bundle entry's {@code resource}) is not an AuditEvent. Args:
   * its resourceType, cut to 40 characters, or empty.
   */
  public static final String NOT_AUDIT_EVENT = "usage.error.not-audit-event";

  /**
   * The event is older than the raw events are kept ({@code uptake.usage.retention-months}), so it
   * would be removed on the next night and must not change the rollups. Args: the first day (UTC,
   * ISO) whose events are kept.
   */
  public static final String BEFORE_RETENTION = "usage.error.before-retention";

  /** Every reason the parsers report, for checking that each has a message in every language. */
  public static final List<String> REASONS =
      List.of(
          EMPTY_FILE,
          BAD_COMPRESSION,
          BAD_ENCODING,
          LINE_TOO_LONG,
          MISSING_COLUMN,
          DUPLICATE_COLUMN,
          BAD_QUOTES,
          BAD_JSON,
          NOT_AN_OBJECT,
          WRONG_TYPE,
          MISSING_FIELD,
          TOO_LONG,
          BAD_TIME,
          BEFORE_RETENTION,
          NOT_AUDIT_EVENT);

  public UsageProblem {
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 (whole file) or positive, was " + line);
    }
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    args = List.copyOf(args);
  }

  static UsageProblem at(long line, String reason, String... args) {
    return new UsageProblem(line, reason, List.of(args));
  }
}
