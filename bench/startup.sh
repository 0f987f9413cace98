#!/usr/bin/env bash
# Cold start to the first 200 response and resident memory after start, for the product's production jar and for
# the one-button Vaadin twin (bench/twin), measured the same way in the same run. Not a test: run it by hand,
#   bash bench/startup.sh [runs]
# It prints a Markdown table; paste it into docs/benchmarks.md with the date and the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

mvn -q -B -Pproduction package -DskipTests
mvn -q -B -f bench/twin/pom.xml -Pproduction package -DskipTests
app_jar=$(ls target/commerce-readiness-*.jar | head -n 1)
twin_jar=$(ls bench/twin/target/vaadin-twin-*.jar | head -n 1)
pin=""
if command -v taskset >/dev/null; then pin="taskset -c 0"; fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Prints "milliseconds-to-first-200 rss-kilobytes" for one start of the given jar and arguments.
measure() {
  local port data start pid ms rss
  port=$(free_port)
  data=$(mktemp -d)
  start=$(date +%s%N)
  $pin java -Xmx512m -jar "$@" --server.port="$port" --readiness.data.dir="$data" \
      --readiness.admin.password=bench-admin-password >/dev/null 2>&1 &
  pid=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" == "200" ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped while starting" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  echo "$ms $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A start_ms rss_kb
for name in app twin; do
  jar=$app_jar; [[ $name == twin ]] && jar=$twin_jar
  results=$(for _ in $(seq 1 "$runs"); do measure "$jar"; done)
  start_ms[$name]=$(echo "$results" | awk '{print $1}' | median)
  rss_kb[$name]=$(echo "$results" | awk '{print $2}' | median)
done

echo "| figure (median of $runs cold starts, -Xmx512m${pin:+, pinned to core 0}) | app | twin | app / twin |"
echo "| --- | --- | --- | --- |"
printf '| start to first 200 on / | %s ms | %s ms | %.2f |\n' "${start_ms[app]}" "${start_ms[twin]}" \
    "$(echo "${start_ms[app]} / ${start_ms[twin]}" | bc -l)"
printf '| resident memory after start | %s MB | %s MB | %.2f |\n' "$(( ${rss_kb[app]} / 1024 ))" \
    "$(( ${rss_kb[twin]} / 1024 ))" "$(echo "${rss_kb[app]} / ${rss_kb[twin]}" | bc -l)"
