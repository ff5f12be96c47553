#!/bin/sh
# Survey results benchmark: one wave with many seeded responses in the demo organisation; the results
# computed in the service for each breakdown and the full page over HTTP, median of 7 runs each.
#   bench/survey-results.sh [responses]     (default 100000). Method and figures: docs/benchmarks.md.
# A profile: BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=target/bench/results.jfr,settings=profile"
set -e
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
exec "$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.uptake.bench.SurveyResultsBench "$@"
