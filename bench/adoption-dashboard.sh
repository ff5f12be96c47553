#!/bin/sh
# Adoption dashboard benchmark: a year of rollups for N staff (default 100000), the dashboard's queries timed in
# the database, and the whole API request with 8 concurrent users (wrk, `apt-get install wrk`).
#   bench/adoption-dashboard.sh [staff] [reads] [directory]     Method and figures: docs/benchmarks.md.
set -e
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
exec "$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.uptake.bench.AdoptionDashboardBench "$@"
