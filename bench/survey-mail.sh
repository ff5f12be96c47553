#!/bin/sh
# A region's invitations: open a wave for N staff, then send every invitation from the outbox to a real SMTP
# server (GreenMail in the same JVM) and time it.
#   bench/survey-mail.sh [staff]     (default 100000)
# Method and figures: docs/benchmarks.md ("Survey waves", sending the invitations).
set -e
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
start=$(date +%s)
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
"$JAVA_HOME/bin/java" -Xmx3g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.uptake.bench.MailSendBench "$@"
echo "survey-mail.sh: run time $(( $(date +%s) - start )) s"
