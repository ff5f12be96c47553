#!/bin/sh
# Usage ingest benchmark: Uptake's importer vs DuckDB on the same seeded files, in one run.
#   bench/usage-ingest.sh [events] [directory]     (default 1000000 events in target/bench)
# The 10-million-event run: bench/usage-ingest.sh 10000000. Method and figures: docs/benchmarks.md.
# Options: BENCH_JAVA_OPTS="-Dbench.runs=1" (default 3 runs); a profile:
#   BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=target/bench/ingest.jfr,settings=profile"
# Prints the whole run's wall time at the end.
set -e
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
started=$(date +%s)
"$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.uptake.bench.UsageIngestBench "$@"
echo "bench/usage-ingest.sh: $(( $(date +%s) - started )) s"
