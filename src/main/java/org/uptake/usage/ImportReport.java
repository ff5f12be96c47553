package org.uptake.usage;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one committed import did.
 *
 * @param id the import
 * @param source the source's name
 * @param fileName the file's name (or "api" for a stream)
 * @param batch the batch number of a stream (1-based), or null for a file
 * @param firstLine the line of the stream the batch starts at (1 for a file)
 * @param lines physical lines read, the header and blank lines included
 * @param events valid events read
 * @param inserted events stored that were not there before
 * @param duplicates valid events already stored (or given twice)
 * @param malformed lines refused, each with a problem
 * @param unknownUserEvents inserted events whose user is not on the roster nor mapped
 * @param problems the first problems, line numbers counted from the start of the file or stream
 * @param startedAt when reading began
 * @param finishedAt when the import committed
 */
public record ImportReport(
    UsageImportId id,
    String source,
    String fileName,
    @Nullable Integer batch,
    long firstLine,
    long lines,
    long events,
    long inserted,
    long duplicates,
    long malformed,
    long unknownUserEvents,
    List<UsageProblem> problems,
    Instant startedAt,
    Instant finishedAt) {

  public ImportReport {
    problems = List.copyOf(problems);
  }

  /** The last line of the file or batch. */
  public long lastLine() {
    return firstLine + Math.max(lines, 1) - 1;
  }

  /** True if more lines were refused than are listed. */
  public boolean problemsTruncated() {
    return malformed > problems.size();
  }
}
