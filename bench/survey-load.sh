#!/bin/sh
# Survey waves at a region's scale: open a wave for N staff (N invitations and N mails queued), submit answers
# over HTTP (form + answers pairs from Java, then the answers POST alone under wrk with bench/survey-submit.lua,
# checked against the rows stored), then the form page under wrk (bench/survey-form.lua). Prints its run time.
#   bench/survey-load.sh [staff] [submissions]     (default 100000 staff, 3000 submissions)
# Needs wrk on the PATH (apt-get install wrk). Method and figures: docs/benchmarks.md.
# A profile: BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=target/bench/load.jfr,settings=profile"
set -e
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
start=$(date +%s)
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
"$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.uptake.bench.WaveLoadBench "$@"
echo "survey-load.sh: run time $(( $(date +%s) - start )) s"
