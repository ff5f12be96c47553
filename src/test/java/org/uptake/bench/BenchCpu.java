package org.uptake.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The CPU time used by the application's JVM and by the embedded PostgreSQL (the postmaster of the
 * bench's data directory and its processes), per request of a phase: a figure that depends less on
 * what else runs on the machine than requests per second do (not free of it: JIT work and cache
 * misses move with the load). wrk's own CPU is not counted; in the paired phase the Java client's
 * is (it runs in the application's JVM).
 */
final class BenchCpu {
  private final @Nullable ProcessHandle postmaster;
  private long jvm;
  private long postgres;

  BenchCpu(Path data) {
    String directory = data.toString();
    this.postmaster =
        ProcessHandle.allProcesses()
            .filter(
                p ->
                    p.info().commandLine().orElse("").contains(directory)
                        && p.info().command().orElse("").endsWith("/postgres"))
            .findFirst()
            .orElse(null);
  }

  String describe() {
    return postmaster == null
        ? "PostgreSQL's processes not found: only the JVM's CPU is counted"
        : "PostgreSQL's postmaster is process " + postmaster.pid();
  }

  void start() {
    jvm = jvmNanos();
    postgres = postgresNanos();
  }

  String per(int requests, String what) {
    double n = Math.max(1, requests);
    return String.format(
        Locale.ROOT,
        "CPU per %s: application JVM %.2f ms, PostgreSQL %.2f ms (%,d requests)",
        what,
        (jvmNanos() - jvm) / 1e6 / n,
        (postgresNanos() - postgres) / 1e6 / n,
        requests);
  }

  private static long jvmNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
  }

  private long postgresNanos() {
    if (postmaster == null) {
      return 0;
    }
    return Stream.concat(Stream.of(postmaster), postmaster.descendants())
        .mapToLong(p -> p.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L))
        .sum();
  }
}
