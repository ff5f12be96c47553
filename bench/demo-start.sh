#!/usr/bin/env bash
# Time from `java -jar uptake.jar --demo` on a fresh data directory to "Started", and how long the
# demo data took (from the database pool's start to the last "Loaded demo organisation").
# Usage: bench/demo-start.sh [JAR] (default target/uptake.jar; build it with ./mvnw -q package -DskipTests)
set -euo pipefail
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jar=${1:-target/uptake.jar}
dir=$(mktemp -d)
log="$dir/app.log"
echo "load: $(uptime)"
start=$(date +%s.%N)
"$JAVA_HOME/bin/java" -jar "$jar" --demo --uptake.data-dir="$dir/data" --server.port=0 >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
until grep -q "Started Uptake" "$log"; do
  kill -0 $pid 2>/dev/null || { echo "the application stopped:"; tail -20 "$log"; exit 1; }
  sleep 0.2
done
end=$(date +%s.%N)
seconds() { date -d "$(grep "$1" "$log" | tail -1 | cut -c1-23)Z" +%s.%N; }
echo "to Started: $(echo "$end - $start" | bc) s"
echo "demo data: $(echo "$(seconds 'Loaded demo organisation') - $(seconds 'Start completed')" | bc) s"
