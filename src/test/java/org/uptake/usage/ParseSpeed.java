package org.uptake.usage;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The Java side of an import alone, without a database: parse a usage file and compute each event's
 * stored key, as {@link SegmentCopy} does: {@code java -cp ... org.uptake.usage.ParseSpeed FILE
 * [runs]}, after {@code bench/usage-ingest.sh} has built the classpath. For finding where the
 * ingest time goes (docs/benchmarks.md).
 */
public final class ParseSpeed {

  private ParseSpeed() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (int run = 1; run <= runs; run++) {
      EventKey keys = new EventKey();
      long[] sink = {0, 0};
      Consumer<UsageEvent> events =
          event -> {
            sink[0] += keys.of(event).getLeastSignificantBits();
            sink[1] += RollupSums.micros(event.occurredAt());
          };
      long parseOnly = time(file, e -> sink[1]++);
      long withKeys = time(file, events);
      System.out.printf(
          "run %d: parse %d ms, parse + keys %d ms (%d)%n",
          run, parseOnly / 1_000_000, withKeys / 1_000_000, sink[0] & 1);
    }
  }

  private static long time(Path file, Consumer<UsageEvent> events) throws Exception {
    long started = System.nanoTime();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      if (file.toString().endsWith(".csv")) {
        CsvUsageParser.parse(in, "bench", CsvMapping.standard(), events, p -> {});
      } else {
        NdjsonUsageParser.parse(in, "bench", events, p -> {});
      }
    }
    return System.nanoTime() - started;
  }
}
