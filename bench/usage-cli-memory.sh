#!/bin/sh
# The command-line import of a large file with a small heap (docs/benchmarks.md, "Memory"):
#   bench/usage-cli-memory.sh DATA-DIR FILE [heap]
# DATA-DIR is one kept by `BENCH_JAVA_OPTS=-Dbench.keep=true bench/usage-ingest.sh N` (it has the empty source
# bench-cli of the Kuusijärvi demo organisation). Prints GNU time's figures (maximum resident set size) and the
# heap after each collection from -Xlog:gc.
set -e
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
data=$1
file=$2
heap=${3:-96m}
classpath=${BENCH_CLASSPATH:-"target/classes:$(cat target/bench.classpath)"}
organisation=$("$JAVA_HOME/bin/jshell" -R-ea - <<'JSH' 2>/dev/null | tail -1
System.out.println(java.util.UUID.nameUUIDFromBytes("uptake-demo:kuusijarvi".getBytes()));
/exit
JSH
)
/usr/bin/time -v "$JAVA_HOME/bin/java" "-Xmx$heap" "-Xlog:gc:file=target/bench/cli-gc.log" -cp "$classpath" \
  org.uptake.UptakeApplication usage import --source bench-cli --organisation "$organisation" "$file" \
  "--uptake.data-dir=$data"
grep -o 'Pause[^)]*)[^>]*->[0-9]*M([0-9]*M)' target/bench/cli-gc.log | sed 's/.*->//' | sort -n | tail -1 |
  sed 's/^/largest heap after a collection: /'
