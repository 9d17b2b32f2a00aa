#!/usr/bin/env bash
# REST benchmark (issue 5, docs/performance.md): throughput and latency of GET …/video-call/status and of
# POST …/join + …/leave under wrk, on PostgreSQL.
#
#   bash bench/rest.sh             # needs a built jar (README's first command), PostgreSQL on 127.0.0.1:5432, wrk
#   CONNECTIONS="64" DURATION=10 WARMUP=30 bash bench/rest.sh
#   JFR=/tmp/rest.jfr bash bench/rest.sh      # also record a flight recording of the service (dumped at exit)
#   MODES=status bash bench/rest.sh           # only GET …/status (default "status joinleave")
#   JAVA_OPTS=-Xlog:gc:file=/tmp/gc.log bash bench/rest.sh   # more JVM options for the service (after -Xmx512m)
#   RATES="2000 3000" bash bench/rest.sh      # the fixed-rate status runs (default "2000 3000"; "" for none)
#   RATE_CONNECTIONS=8 bash bench/rest.sh     # the connections they are sent over (default 32)
#   JAR=/tmp/before.jar bash bench/rest.sh    # another build of the service, for an A/B (default: the one built here)
#   MODES=mixed bash bench/rest.sh            # status at MIXED_RATE a second while members join and leave at max
#   MODES=quickjoin bash bench/rest.sh        # members join by POST …/advanced/quick-join (as the browser does) and leave
#   MODES="joinleave stats" bash bench/rest.sh # study and own statistics while the call is in progress (after the
#                                             # join/leave runs, ~1,000 participants with many segments each)
#
# It creates the database coup_bench_rest (dropped first and at the end), starts the service on it (postgres
# profile, -Xmx512m, ports HTTP_PORT / SIO_PORT, default 18180 / 19192, dev tokens on), creates a study with USERS
# members, starts its call and has HOLDERS of them join and stay, so the call never ends and GET /status answers
# with HOLDERS participants.
# Then wrk (2 threads) warms the service up unmeasured, and for each load runs SETTLE seconds unmeasured and DURATION
# seconds measured. A load is either a connection count from CONNECTIONS, each connection sending its next request as
# soon as the last is answered (all the service can take: throughput, and the latency of a full queue), or, for
# status only, a rate from RATES sent on a fixed schedule over RATE_CONNECTIONS connections (the latency at that
# load, as wrk2 measures it: bench/rest.lua).
#   - GET …/status round-robin over every member's token: every request decodes the JWT, checks membership and the
#     call's revision in one query, and builds the answer from the call cached at that revision. Warm-up: WARMUP
#     seconds (default 120: on two busy cores the JIT needs minutes; throughput was still rising after 60 s).
#   - POST …/join and …/leave: the other USERS - HOLDERS members each alternate join and leave on that call, each
#     leaving as soon as their join is answered (bench/rest.lua), so the call holds at most HOLDERS + connections
#     people. Warm-up: 10 s only, because every join adds an attendance segment, which that member's joins then load.
# wrk runs on the same machine as the service and PostgreSQL: they share the cores.
# Any answer that is not 2xx, or any socket error or timeout, fails the run (exit 1) after the table is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-1000}
HOLDERS=${HOLDERS:-10}
CONNECTIONS=${CONNECTIONS:-"8 32"}
RATES=${RATES-"2000 3000"}
RATE_CONNECTIONS=${RATE_CONNECTIONS:-32}
MIXED_RATE=${MIXED_RATE:-1000}     # mixed: status requests a second (over 8 connections) beside join/leave at max
MODES=${MODES:-"status joinleave"}
THREADS=2
WARMUP=${WARMUP:-120}
SETTLE=5
DURATION=${DURATION:-30}
DB=coup_bench_rest
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
export PGOPTIONS='-c client_min_messages=warning'   # no NOTICE when the database to drop is not there
# Below Linux's ephemeral range (32768-60999), where a client's local port could take them first.
HTTP_PORT=${HTTP_PORT:-18180} SIO_PORT=${SIO_PORT:-19192}
API=http://localhost:$HTTP_PORT
JAR=${JAR:-bootstrap/target/coup-video.jar}
WRK=/usr/bin/wrk
[ -x "$WRK" ] || { echo "wrk is missing: apt-get install wrk (Debian's wrk, /usr/bin/wrk)" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -q -DskipTests package" >&2; exit 1; }
[ "$USERS" -le 1000 ] && [ "$HOLDERS" -ge 1 ] && [ "$HOLDERS" -lt "$USERS" ] \
  || { echo "need 1 <= HOLDERS < USERS <= 1000 (everyone may be in the call at once)" >&2; exit 1; }

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
WORK=$(mktemp -d)
# Everyone may be in the call at once: max participants = USERS (1,000 is the configured maximum).
# The join rate limit (30 a minute, 10 at once per user by default) is raised out of reach: a user here joins
# every few milliseconds, which the limit exists to refuse, and the point is the cost of a join, not of a 429.
# The limiter still runs on every join.
JAVA_OPTS=(-Xmx512m ${JAVA_OPTS:-})
[ -n "${JFR:-}" ] && JAVA_OPTS+=(-XX:FlightRecorderOptions:stackdepth=256
                                  "-XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true")
SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
COUP_SECURITY_JWT_HS256_SECRET=bench-secret-0123456789-abcdefghijklmnopqrstuv \
COUP_MEDIA_MESH_TICKET_SECRET=bench-ticket-secret-0123456789-abcdefghijklmn \
COUP_SECURITY_DEV_TOKENS=true SERVER_PORT=$HTTP_PORT COUP_SIGNALING_PORT=$SIO_PORT \
COUP_CALLS_MAX_PARTICIPANTS=$USERS \
COUP_HTTP_RATE_LIMIT_CALLS_PER_MINUTE=100000000 COUP_HTTP_RATE_LIMIT_BURST=100000000 \
  java "${JAVA_OPTS[@]}" -jar "$JAR" >"$WORK/service.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$WORK"
      "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB"' EXIT
for _ in $(seq 180); do curl -sf $API/actuator/health >/dev/null && break; sleep 1; done
curl -sf $API/actuator/health >/dev/null || { cat "$WORK/service.log" >&2; exit 1; }

# Members u0000 … u(USERS-1), with the names their tokens carry, so that the per-request user sync only reads.
user() { printf 'u%04d\n' "$1"; }
"${PSQL[@]}" -d $DB -v users="$USERS" <<'SQL'
INSERT INTO users (id, name, created_at, updated_at)
  SELECT 'u' || lpad(i::text, 4, '0'), 'Member ' || i, now(), now() FROM generate_series(0, :users - 1) i;
INSERT INTO studies (id, name, created_at, version) VALUES ('bench', 'Benchmark study', now(), 0);
INSERT INTO study_members (study_id, user_id, role, status, joined_at)
  SELECT 'bench', 'u' || lpad(i::text, 4, '0'), CASE i WHEN 0 THEN 'OWNER' ELSE 'MEMBER' END, 'ACTIVE', now()
  FROM generate_series(0, :users - 1) i;
SQL

# One dev token per member ("userId token" lines), all from one curl over one connection.
for i in $(seq 0 $((USERS - 1))); do
  [ "$i" = 0 ] || echo next
  printf 'url = "%s/api/dev/token"\nheader = "Content-Type: application/json"\n' "$API"
  printf 'data = "{\\"userId\\":\\"%s\\",\\"name\\":\\"Member %d\\"}"\nwrite-out = "\\n"\n' "$(user "$i")" "$i"
done >"$WORK/curl-tokens.conf"
curl -sf -K "$WORK/curl-tokens.conf" | sed -E 's/.*"token":"([^"]+)".*/\1/' \
  | paste -d ' ' <(for i in $(seq 0 $((USERS - 1))); do user "$i"; done) - >"$WORK/tokens"
head -n "$HOLDERS" "$WORK/tokens" >"$WORK/holders"
tail -n +"$((HOLDERS + 1))" "$WORK/tokens" >"$WORK/movers"
token() { awk -v u="$1" '$1 == u { print $2 }' "$WORK/tokens"; }

OWNER=$(token "$(user 0)")
CALL=$API/api/my-studies/bench/video-call
SESSION=$(curl -sf -X POST "$CALL/start" -H "Authorization: Bearer $OWNER" \
  | sed -E 's/.*"session":\{"id":"([^"]+)".*/\1/')
while read -r _ t; do
  curl -sf -o /dev/null -X POST "$CALL/join" -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
    -d "{\"sessionId\":\"$SESSION\"}"
done <"$WORK/holders"
echo "call $SESSION: $HOLDERS members present, $((USERS - HOLDERS)) joining and leaving; status answer is" \
  "$(curl -sf -H "Authorization: Bearer $OWNER" "$CALL/status" | wc -c) bytes"

# wrk with rest.lua (percentiles from wrk's latency histogram); prints "RESULT requests req/s p50 p99 non-2xx errors"
# and the first failure, if any. A rate of 0 sends as fast as the connections allow.
run() {
  local mode=$1 tokens=$2 connections=$3 rate=$4 seconds=$5
  "$WRK" -t$THREADS -c"$connections" -d"${seconds}s" -s bench/rest.lua "$API" \
    -- "$mode" "$tokens" bench "$SESSION" $THREADS "$rate" | grep -E '^(RESULT|FIRST_FAILURE)'
}

# CPU time in ms the given processes have used so far (utime + stime from /proc). Per request, it says what a request
# costs the service and PostgreSQL however busy the machine is, where req/s and latency depend on what else runs.
cpu_ms() {
  local ticks=0 p f
  for p in "$@"; do read -r -a f <"/proc/$p/stat"; ticks=$((ticks + f[13] + f[14])); done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
# The service's PostgreSQL connections (Hikari keeps them open, so their backends stay the same).
DB_PIDS=$("${PSQL[@]}" -d $DB -Atc "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()")

failed=0
rows=()
# One row of the table from run's output; CPU ms per request: over the row's requests, or over `requests` if given.
record() {
  local label=$1 c=$2 rate=$3 out=$4 svc=$5 db=$6 requests=${7:-} n rps p50 p99 non2xx errors
  read -r _ n rps p50 p99 non2xx errors <<<"$(grep '^RESULT' <<<"$out")"
  [ "$rate" = 0 ] && rate=max
  rows+=("$(printf '%-20s %11s %8s %8s %8s %8s %8s %8s' "$label" "$c" "$rate" "$rps" "$p50" "$p99" "$non2xx" \
    "$errors")$(awk -v s="$svc" -v d="$db" -v n="${requests:-$n}" 'BEGIN { printf " %10.2f %10.2f", s / n, d / n }')")
  if [ "$non2xx" != 0 ] || [ "$errors" != 0 ]; then
    failed=1
    grep '^FIRST_FAILURE' <<<"$out" >&2 || true
  fi
}
for mode in $MODES; do
  if [ "$mode" = mixed ]; then
    # Status at a fixed rate and join/leave at max, side by side: each status after a join or leave finds the call
    # changed. Both rows show the CPU of both kinds of request together, per request of either kind.
    # (wait names the status run: a plain wait would wait for the service too.)
    run status "$WORK/tokens" 8 "$MIXED_RATE" "$WARMUP" >/dev/null &
    status_run=$!
    run joinleave "$WORK/movers" 8 0 10 >/dev/null
    wait $status_run
    run status "$WORK/tokens" 8 "$MIXED_RATE" $((DURATION + SETTLE + 1)) >"$WORK/mixed-status" &
    status_run=$!
    sleep "$SETTLE"
    svc0=$(cpu_ms $APP) db0=$(cpu_ms $DB_PIDS)
    out=$(run joinleave "$WORK/movers" 8 0 "$DURATION")
    svc=$(($(cpu_ms $APP) - svc0)) db=$(($(cpu_ms $DB_PIDS) - db0))
    wait $status_run
    # Status ran longer than the measured window, at a steady pace: the window's share of its requests.
    status_n=$(awk -v d="$DURATION" -v t=$((DURATION + SETTLE + 1)) '/^RESULT/ { printf "%d", $2 * d / t }' \
      "$WORK/mixed-status")
    moves_n=$(awk '/^RESULT/ { print $2 }' <<<"$out")
    record "GET /status (mixed)" 8 "$MIXED_RATE" "$(cat "$WORK/mixed-status")" "$svc" "$db" $((status_n + moves_n))
    record "POST /join+/leave (m)" 8 0 "$out" "$svc" "$db" $((status_n + moves_n))
    continue
  fi
  # Join and leave alternate 1:1 in one run, so their row is one histogram of both.
  tokens=$WORK/tokens label="GET /status"
  [ "$mode" = joinleave ] && tokens=$WORK/movers label="POST /join + /leave"
  [ "$mode" = quickjoin ] && tokens=$WORK/movers label="POST /quick-join+/leave"
  [ "$mode" = stats ] && label="GET /stats+/users/me"
  warmup=$WARMUP
  [ "$mode" != status ] && warmup=10
  run "$mode" "$tokens" "${CONNECTIONS%% *}" 0 "$warmup" >/dev/null
  loads=()   # "connections rate"
  for c in $CONNECTIONS; do loads+=("$c 0"); done
  if [ "$mode" = status ]; then for r in $RATES; do loads+=("$RATE_CONNECTIONS $r"); done; fi
  for load in "${loads[@]}"; do
    read -r c rate <<<"$load"
    run "$mode" "$tokens" "$c" "$rate" "$SETTLE" >/dev/null
    svc0=$(cpu_ms $APP) db0=$(cpu_ms $DB_PIDS)
    out=$(run "$mode" "$tokens" "$c" "$rate" "$DURATION")
    svc=$(($(cpu_ms $APP) - svc0)) db=$(($(cpu_ms $DB_PIDS) - db0))
    record "$label" "$c" "$rate" "$out" "$svc" "$db"
  done
done

echo "wrk $THREADS threads, ${DURATION}s each after a warm-up (status ${WARMUP}s, join/leave 10s) and ${SETTLE}s to settle;" \
  "client, service and PostgreSQL share this machine ($(nproc) cores);" \
  "rate: requests a second sent on a fixed schedule, or max (each connection as fast as answered);" \
  "svc/db CPU ms: CPU time of the service / of its PostgreSQL connections per request"
printf '%-20s %11s %8s %8s %8s %8s %8s %8s %10s %10s\n' request connections rate 'req/s' 'p50 ms' 'p99 ms' \
  'non-2xx' 'sock err' 'svc CPU ms' 'db CPU ms'
printf '%s\n' "${rows[@]}"
[ "$failed" = 0 ] || { echo "FAILED: answers that are not 2xx, or socket errors (first failure above)" >&2; exit 1; }
