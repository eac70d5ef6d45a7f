#!/bin/bash
# Start-up of a jar to its ready health check, in seconds, and its resident memory then: the measure of
# FloorBenchmarkIT's Jvm.start, for a quick before and after of one change (docs/performance.md, "Start-up once more").
#
#   benchmark/startup.sh target/cchc-editorial-0.1.0-SNAPSHOT.jar                # on a fresh H2 file
#   benchmark/startup.sh --restart target/cchc-editorial-0.1.0-SNAPSHOT.jar      # started twice on one database, the second timed
#   benchmark/startup.sh JAR --spring.some.property=value                        # anything after the jar goes to the application
#
# Alternate the jars (ours, the floor's: benchmark/floor/target/cchc-floor-0.1.0-SNAPSHOT.jar) and take medians;
# a single start on a 2-core machine spreads by seconds. Needs java, curl and bc.
set -euo pipefail
restart=false
if [ "${1:-}" = "--restart" ]; then restart=true; shift; fi
jar=$(realpath "$1"); shift
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
cd "$folder"
port=$((20000 + RANDOM % 20000))
starts=1; if $restart; then starts=2; fi
for start in $(seq "$starts"); do
  began=$(date +%s.%N)
  java -Xmx512m -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
      --management.endpoint.health.probes.enabled=true "$@" > "app-$start.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; its log:" >&2; tail -40 "app-$start.log" >&2; exit 1; fi
    sleep 0.1
  done
  ready=$(date +%s.%N)
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
echo "$(basename "$jar"): ready in $(printf "%.1f" "$(echo "$ready - $began" | bc)") s, resident ${rss} MB$($restart && echo ' (restarted on its database)')"
