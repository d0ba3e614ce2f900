# Shared by the benchmark scripts: start the suite on the benchmark ports (28080…, so that it runs
# beside a suite on the standard ports and the system tests; one benchmark at a time) with a
# throw-away data directory, get tokens, measure with wrk pinned to one core, write results into
# docs/benchmarks.md.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GATEWAY=http://localhost:28080
KEYCLOAK=http://localhost:28180
GOALS_SERVICE=http://localhost:28081
INDICATORS_SERVICE=http://localhost:28082
POSTGRES_PORT=25442
SUITE_PID=""

start_suite() {
  command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
  exec 9>/tmp/malstyrning-benchmarks.lock
  flock -n 9 || { echo "Waiting for another benchmark to finish ..."; flock 9; }
  local data
  # SUITE_DATA_REUSE: start again on an earlier start's data (its database, logs and class-data archives).
  data=${SUITE_DATA_REUSE:-$(mktemp -d -t malstyrning-bench.XXXXXX)}
  echo "Starting the suite (data and logs in $data) ..."
  # Built with package, not install (tools/run-suite's way), so that a benchmark leaves ~/.m2 alone;
  # BENCHMARK_SKIP_BUILD=1 runs what is built already.
  if [ -z "${BENCHMARK_SKIP_BUILD:-}" ]; then
    (cd "$ROOT" && source tools/find-jdk.sh && mvn -B -q -ntp package -DskipTests ${MAVEN_ARGS_BENCH:-}) >"$data/build.out" 2>&1 \
      || { cat "$data/build.out" >&2; exit 1; }
  fi
  # The load comes from one address and one token: the gateway's rate limits would measure themselves.
  (cd "$ROOT" && source tools/find-jdk.sh && GATEWAY_RATE_LIMIT_ENABLED=false MALSTYRNING_DATA_DIR=$data exec setsid "$JAVA_HOME/bin/java" \
    @tools/launcher/jvm.options -cp "tools/launcher/target/classes:tools/launcher/target/lib/*" se.malstyrning.launcher.SuiteLauncher ${SUITE_ARGS---no-demo-data} --benchmark-ports) \
    >"$data/suite.out" 2>&1 &
  SUITE_PID=$!
  SUITE_DATA=$data
  SUITE_STARTED=$(date +%s.%N)
  trap stop_suite EXIT
  for _ in $(seq 1 300); do
    if grep -q "Press Ctrl-C" "$data/suite.out" 2>/dev/null; then return 0; fi
    if ! kill -0 "$SUITE_PID" 2>/dev/null; then cat "$data/suite.out" >&2; exit 1; fi
    sleep 2
  done
  echo "The suite did not start in time; see $data" >&2
  exit 1
}

stop_suite() {
  if [ -n "$SUITE_PID" ]; then
    kill -TERM -- "-$SUITE_PID" 2>/dev/null || true
    wait "$SUITE_PID" 2>/dev/null || true
    SUITE_PID=""
  fi
}

token() {
  curl -sf -d grant_type=password -d client_id=cli -d "username=$1" -d "password=$1" \
    "$KEYCLOAK/realms/malstyrning/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# post TOKEN PATH JSON → prints the id of what was created
post() {
  curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$GATEWAY$2" \
    | sed -E 's/^\{"id":"([^"]+)".*/\1/'
}

# requests/s of wrk against a URL: load generator pinned to core 0, 16 connections, keep-alive,
# accepting gzip as integrators do
requests_per_second() {
  taskset -c 0 wrk -t1 -c16 -d"${DURATION:-10}s" -H "Accept-Encoding: gzip" "$1" | awk '/Requests\/sec/ {print $2}'
}

# replace_section NAME FILE: puts FILE's text between the markers of NAME in docs/benchmarks.md
replace_section() {
  local doc="$ROOT/docs/benchmarks.md" begin="<!-- $1:begin -->" end="<!-- $1:end -->"
  [ -f "$doc" ] || printf '# Benchmarks\n\nMeasured by the scripts in `tools/benchmarks/`; each writes its own section.\n' >"$doc"
  if ! grep -qF "$begin" "$doc"; then printf '\n%s\n%s\n' "$begin" "$end" >>"$doc"; fi
  awk -v begin="$begin" -v end="$end" -v file="$2" '
    $0 == begin { print; while ((getline line < file) > 0) print line; skip = 1; next }
    $0 == end { skip = 0 }
    !skip { print }' "$doc" >"$doc.new" && mv "$doc.new" "$doc"
}
