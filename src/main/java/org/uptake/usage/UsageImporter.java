package org.uptake.usage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffMember;

/**
 * The one pipeline every way in (upload, command line, API) runs: parse while streaming into
 * PostgreSQL, keep only new events, update the daily rollups from them, list unknown users.
 *
 * <p>Unit of atomicity: a file is one transaction, all its valid lines or none; a stream is cut
 * into numbered batches of {@link #BATCH_LINES} lines, each one transaction. Importing the same
 * events again changes nothing.
 */
@Service
public class UsageImporter {

  /** Lines per committed batch of a stream. */
  public static final int BATCH_LINES = 50_000;

  private final UsageSources sources;
  private final Staff staff;
  private final TransactionTemplate transactions;
  private final CopyImport run;
  private final UsagePartitions partitions;
  private final RetentionJob retention;
  private final Clock clock;

  UsageImporter(
      UsageSources sources,
      Staff staff,
      TransactionTemplate transactions,
      DataSource dataSource,
      JdbcClient jdbc,
      Clock clock,
      UsagePartitions partitions,
      RetentionJob retention,
      List<RollupListener> listeners) {
    this.partitions = partitions;
    this.retention = retention;
    this.clock = clock;
    this.sources = sources;
    this.staff = staff;
    this.transactions = transactions;
    this.run = new CopyImport(dataSource, jdbc, clock, listeners);
  }

  /**
   * Imports one file (plain or gzip) of the source, in the source's format, in one transaction.
   *
   * @param progress receives the number of lines handled so far, now and then
   * @throws org.uptake.platform.NotFoundException if the organisation has no source of that name
   */
  @PreAuthorize(UsageSources.ADMINS)
  public ImportReport importFile(
      String sourceName,
      String fileName,
      InputStream content,
      ImportChannel channel,
      LongConsumer progress) {
    UsageSource source = sources.require(sourceName);
    partitions.ensure();
    List<String> known = knownIds();
    CopyImport.Input input =
        new CopyImport.Input(
            source, fileName, channel, null, 1, content, source.format(), notBefore());
    return Objects.requireNonNull(transactions.execute(status -> run.run(input, known, progress)));
  }

  /**
   * Imports an NDJSON stream in numbered batches of {@code batchLines} lines, each committed on its
   * own; a failure stops the stream after the batches already committed.
   *
   * @param each receives each batch's report as soon as it is committed
   * @return the reports of all batches
   */
  @PreAuthorize(UsageSources.ADMINS)
  public List<ImportReport> importStream(
      String sourceName, InputStream body, int batchLines, Consumer<ImportReport> each) {
    return importStream(sourceName, UsageFormat.NDJSON, body, batchLines, each);
  }

  /**
   * Imports a stream of one resource or object per line, in numbered batches as {@link
   * #importStream(String, InputStream, int, Consumer)} does.
   *
   * @param format {@link UsageFormat#NDJSON}, or {@link UsageFormat#FHIR_AUDIT_EVENT} for NDJSON of
   *     AuditEvent resources
   * @throws IllegalArgumentException for CSV, which a stream does not take
   */
  @PreAuthorize(UsageSources.ADMINS)
  public List<ImportReport> importStream(
      String sourceName,
      UsageFormat format,
      InputStream body,
      int batchLines,
      Consumer<ImportReport> each) {
    if (format == UsageFormat.CSV) {
      throw new IllegalArgumentException("a stream is NDJSON or FHIR NDJSON, not CSV");
    }
    if (batchLines < 1) {
      throw new IllegalArgumentException("batchLines must be positive");
    }
    UsageSource source = sources.require(sourceName);
    partitions.ensure();
    List<String> known = knownIds();
    List<ImportReport> reports = new ArrayList<>();
    LineBatches batches = new LineBatches(new BufferedInputStream(body, 1 << 16), batchLines);
    try {
      int number = 0;
      long firstLine = 1;
      do {
        number++;
        CopyImport.Input input =
            new CopyImport.Input(
                source,
                "api",
                ImportChannel.API,
                number,
                firstLine,
                batches.next(),
                format,
                notBefore());
        ImportReport report =
            Objects.requireNonNull(transactions.execute(status -> run.run(input, known, n -> {})));
        reports.add(report);
        each.accept(report);
        firstLine += batches.linesOfLast();
      } while (batches.hasMore());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reports;
  }

  /** The start of the first day whose raw events are kept: older events are refused. */
  private Instant notBefore() {
    return retention.keepFrom(LocalDate.now(clock)).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Employee numbers and mapped external ids: the users an event may name without being unknown.
   */
  private List<String> knownIds() {
    return staff.listForImport().stream().map(StaffMember::employeeNumber).toList();
  }
}
