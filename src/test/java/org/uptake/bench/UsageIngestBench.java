package org.uptake.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.uptake.UptakeApplication;
import org.uptake.access.SystemWork;
import org.uptake.implementation.Implementations;
import org.uptake.platform.OrganisationId;
import org.uptake.usage.CsvMapping;
import org.uptake.usage.ImportChannel;
import org.uptake.usage.ImportReport;
import org.uptake.usage.UsageFormat;
import org.uptake.usage.UsageImporter;
import org.uptake.usage.UsageSources;

/**
 * Usage ingest, side by side in one run: Uptake's importer (parsed, validated, deduplicated, stored
 * in PostgreSQL, rollups updated, committed) against DuckDB loading the same file into a table. Not
 * a test; run it with {@code bench/usage-ingest.sh [events]}. See docs/benchmarks.md.
 */
public final class UsageIngestBench {

  private UsageIngestBench() {}

  public static void main(String[] args) throws Exception {
    long events = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
    Path directory = Path.of(args.length > 1 ? args[1] : "target/bench").toAbsolutePath();
    boolean worst = args.length > 2 && args[2].equals("worst");
    Files.createDirectories(directory);
    String name = "usage-" + events + (worst ? "-worst" : "");
    Path csv = directory.resolve(name + ".csv");
    Path ndjson = directory.resolve(name + ".ndjson");
    if (worst) {
      generate(events, csv, ndjson);
    } else {
      RealisticUsage.generate(events, csv, ndjson);
    }
    System.out.printf(
        Locale.ROOT,
        "files: %s (%d MB), %s (%d MB)%n",
        csv.getFileName(),
        Files.size(csv) >> 20,
        ndjson.getFileName(),
        Files.size(ndjson) >> 20);
    if (Boolean.getBoolean("bench.generate-only")) {
      // the files alone, e.g. the 10 M CSV for bench/usage-cli-memory.sh
      return;
    }

    String csvReader =
        "read_csv('" + csv + "', header = true, ignore_errors = true, columns = " + COLUMNS + ")";
    String jsonReader =
        "(select try_cast(\"time\" as timestamptz) as \"time\", * exclude (\"time\")"
            + " from read_json('"
            + ndjson
            + "', format = 'newline_delimited', ignore_errors = true, columns = "
            + COLUMNS.replace("'TIMESTAMPTZ'", "'VARCHAR'")
            + ") where try_cast(\"time\" as timestamptz) is not null)";
    int runs = Integer.getInteger("bench.runs", 3);
    boolean keep = Boolean.getBoolean("bench.keep");

    Path data = directory.resolve("data-" + UUID.randomUUID());
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(UptakeApplication.class)
            .properties(
                "server.port=-1",
                "uptake.data-dir=" + data,
                "logging.level.root=WARN",
                "logging.level.org.uptake.usage=DEBUG")
            .run("--demo")) {
      OrganisationId kuusijarvi =
          new OrganisationId(UUID.nameUUIDFromBytes("uptake-demo:kuusijarvi".getBytes()));
      SystemWork system = app.getBean(SystemWork.class);
      int roster = Integer.getInteger("bench.roster", 0);
      if (roster > 0) {
        BenchRoster.add(app, kuusijarvi, roster);
      }
      UsageSources sources = app.getBean(UsageSources.class);
      UsageImporter importer = app.getBean(UsageImporter.class);
      // Each run imports into new sources, DuckDB and Uptake one after the other on the same
      // file, so that both see the same load on a shared machine; the medians are reported.
      List<double[]> csvRuns = new ArrayList<>();
      List<double[]> jsonRuns = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        String csvSource = "bench-csv-" + run;
        String jsonSource = "bench-ndjson-" + run;
        system.run(
            kuusijarvi,
            () -> {
              var rollout = app.getBean(Implementations.class).list().getFirst().id();
              sources.create(
                  rollout, csvSource, UsageFormat.CSV, CsvMapping.standard(), ZoneId.of("UTC"));
              sources.create(rollout, jsonSource, UsageFormat.NDJSON, null, ZoneId.of("UTC"));
            });
        double duckCsv = duckdb(csvReader, null);
        double duckCsvFile = duckdb(csvReader, directory);
        Result uptakeCsv = uptake(system, kuusijarvi, importer, csvSource, csv);
        csvRuns.add(
            new double[] {duckCsv, uptakeCsv.rowsPerSecond, uptakeCsv.heapMegabytes, duckCsvFile});
        double duckJson = duckdb(jsonReader, null);
        double duckJsonFile = duckdb(jsonReader, directory);
        Result uptakeJson = uptake(system, kuusijarvi, importer, jsonSource, ndjson);
        jsonRuns.add(
            new double[] {
              duckJson, uptakeJson.rowsPerSecond, uptakeJson.heapMegabytes, duckJsonFile
            });
      }
      Result again = uptake(system, kuusijarvi, importer, "bench-csv-1", csv);
      double[] c = median(csvRuns);
      double[] j = median(jsonRuns);
      String report =
          String.format(
              Locale.ROOT,
              """
              | format | events | DuckDB rows/s (memory) | DuckDB rows/s (file) | Uptake rows/s \
              | ratio (memory) | ratio (file) | Uptake heap high-water |
              |---|---|---|---|---|---|---|---|
              | CSV | %,d | %,.0f | %,.0f | %,.0f | %.2f | %.2f | %d MB |
              | NDJSON | %,d | %,.0f | %,.0f | %,.0f | %.2f | %.2f | %d MB |
              (medians of %d runs by ratio; the CSV file again into a source that has it: %,.0f rows/s;\
               people of the file on the roster: %,d)
              """,
              events,
              c[0],
              c[3],
              c[1],
              c[1] / c[0],
              c[1] / c[3],
              (long) c[2],
              events,
              j[0],
              j[3],
              j[1],
              j[1] / j[0],
              j[1] / j[3],
              (long) j[2],
              runs,
              again.rowsPerSecond,
              roster);
      System.out.println(report);
      Files.writeString(directory.resolve(name.replace("usage-", "usage-ingest-") + ".md"), report);
      if (keep) {
        // for a command-line import into a source that is still empty (bench/usage-cli-memory.sh)
        system.run(
            kuusijarvi,
            () ->
                sources.create(
                    app.getBean(Implementations.class).list().getFirst().id(),
                    "bench-cli",
                    UsageFormat.CSV,
                    CsvMapping.standard(),
                    ZoneId.of("UTC")));
        System.out.println("kept: " + data);
      }
    } finally {
      if (!keep) {
        deleteQuietly(data);
      }
    }
  }

  /** The run with the median ratio of Uptake to DuckDB. */
  private static double[] median(List<double[]> runs) {
    List<double[]> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingDouble(r -> r[1] / r[0]));
    for (double[] r : runs) {
      System.out.printf(
          Locale.ROOT,
          "run: duckdb %,.0f (file %,.0f), uptake %,.0f rows/s, ratio %.2f (file %.2f)%n",
          r[0],
          r[3],
          r[1],
          r[1] / r[0],
          r[1] / r[3]);
    }
    return sorted.get(sorted.size() / 2);
  }

  private static final String COLUMNS =
      "{'time': 'TIMESTAMPTZ', 'user': 'VARCHAR', 'action': 'VARCHAR', 'unit': 'VARCHAR',"
          + " 'id': 'VARCHAR'}";

  record Result(double rowsPerSecond, long heapMegabytes) {}

  private static Result uptake(
      SystemWork system, OrganisationId tenant, UsageImporter importer, String source, Path file) {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    ImportReport report =
        system.run(
            tenant,
            () -> {
              try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return importer.importFile(
                    source, file.getFileName().toString(), in, ImportChannel.CLI, n -> {});
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    long heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    System.out.printf(
        Locale.ROOT,
        "uptake %s: %d lines, %d inserted, %d duplicates, %d malformed in %.1f s"
            + " (CPU of the JVM, both threads and GC: %.1f s)%n",
        source,
        report.lines(),
        report.inserted(),
        report.duplicates(),
        report.malformed(),
        seconds,
        cpuSeconds);
    return new Result(report.events() / seconds, heap >> 20);
  }

  /**
   * DuckDB's rows/s for loading the file into a table, one thread: in memory ({@code directory}
   * null) or into a new database file in the directory, with its {@code CHECKPOINT} (written to the
   * file) inside the time, as Uptake's figure includes its commit.
   */
  private static double duckdb(String reader, @Nullable Path directory) throws Exception {
    Path file = directory == null ? null : directory.resolve("duckdb-" + UUID.randomUUID() + ".db");
    try (Connection connection =
            DriverManager.getConnection(file == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("set threads = 1");
      long start = System.nanoTime();
      statement.execute("create table usage_event as select * from " + reader);
      if (file != null) {
        statement.execute("checkpoint");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      try (ResultSet rows = statement.executeQuery("select count(*) from usage_event")) {
        rows.next();
        long count = rows.getLong(1);
        System.out.printf(
            Locale.ROOT,
            "duckdb (%s): %d rows in %.1f s%n",
            file == null ? "memory" : "file",
            count,
            seconds);
        return count / seconds;
      }
    } finally {
      if (file != null) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".wal"));
      }
    }
  }

  /**
   * Seeded files with the same events: 150 users (the demo roster's KU1-KU120 and 30 not on it),
   * eight actions, times over a year, an event id on half of them, every 20th event repeated
   * (duplicates), one malformed line in 10,000.
   */
  private static void generate(long events, Path csv, Path ndjson) throws IOException {
    if (Files.exists(csv) && Files.exists(ndjson)) {
      return;
    }
    Random random = new Random(20_260_301L);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    try (Writer c = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        Writer j = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8)) {
      c.write("time,user,action,unit,id\n");
      String previousCsv = null;
      String previousJson = null;
      for (long i = 0; i < events; i++) {
        if (i % 10_000 == 9_998) {
          c.write("not-a-time,KU1,open,,\n");
          j.write("{\"time\":\"not-a-time\",\"user\":\"KU1\",\"action\":\"open\"}\n");
          continue;
        }
        if (i % 20 == 19 && previousCsv != null) {
          c.write(previousCsv);
          j.write(previousJson);
          continue;
        }
        Instant at = start.plusMillis((long) (random.nextDouble() * 365L * 24 * 3600 * 1000));
        String user = "KU" + (1 + random.nextInt(150));
        String action = "feature-" + random.nextInt(8);
        String id = random.nextBoolean() ? "ev" + i : "";
        previousCsv = RealisticUsage.csvLine(at, user, action, id);
        previousJson = RealisticUsage.jsonLine(at, user, action, id);
        c.write(previousCsv);
        j.write(previousJson);
      }
    }
  }

  private static void deleteQuietly(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + directory);
    }
  }
}
