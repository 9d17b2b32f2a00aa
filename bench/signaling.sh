#!/usr/bin/env bash
# Signaling benchmarks (issue 5, docs/performance.md), with the official socket.io-client 4.8.4 over websocket:
#   idle:  M sockets connect and stay idle; heap per socket from the heap after a full GC before and after.
#   relay: for each N, N sockets in rooms of 5 (each room a study with 5 ACTIVE members and a call in progress)
#          send video:offer / video:ice-candidate to their room peers at RATE a second each; send-to-receipt
#          latency and relayed messages a second.
#
#   bash bench/signaling.sh        # needs a built jar (README's first command), Node.js >= 18, PostgreSQL on :5432
#   RELAY_N=100 RATE=20 M=1000 HOLD=30 DURATION=10 bash bench/signaling.sh       # a small run
#   JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/coup.jfr bash bench/signaling.sh   # profile the service
#   ACKS=0 bash bench/signaling.sh      # relays without an ack callback (refusals then come as 'error' events)
#
# It creates (and drops first) the database $DB, starts the service on it (postgres profile, -Xmx512m as deployed,
# ports $HTTP_PORT and $SIO_PORT), creates the rooms directly in SQL and runs bench/signaling/bench.mjs (npm ci there
# first when node_modules is missing). Tokens are minted in Node with the bench secret, no HTTP call per socket.
set -euo pipefail
cd "$(dirname "$0")/.."

RELAY_N=${RELAY_N:-"1000 5000"}    # sockets of each relay run, multiples of 5
TARGET=${TARGET:-20000}            # relays a second each run attempts: RATE = TARGET / N per socket ...
export RATE=${RATE:-}              # ... unless RATE (per socket) is given
export M=${M:-10000}               # idle sockets
export HOLD=${HOLD:-60}            # seconds they stay idle: over 2 heartbeats (25 s), so a failing pong would show
export WARMUP=${WARMUP:-10} DURATION=${DURATION:-20}   # seconds a relay run warms up (C2 compiles), then measures
export WORKERS=${WORKERS:-$(nproc)}                     # Node worker threads holding the sockets
export ACKS=${ACKS:-1}              # 1: every relay asks for an ack; 0: none, as the reference client (static/js/call.js)
DB=${DB:-coup_bench_sig}
export HTTP_PORT=${HTTP_PORT:-28080} SIO_PORT=${SIO_PORT:-29092}
export SECRET=bench-secret-0123456789-abcdefghijklmnopqrstuv
EVENTS_PER_SECOND=30               # the service's per-socket limit (default); the bench stays below it
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
JAR=bootstrap/target/coup-video.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -q -DskipTests package" >&2; exit 1; }

# 10,000 sockets are 10,000 descriptors in the JVM and, spread over worker threads, in one Node process.
ulimit -n "$(ulimit -Hn)"
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -gt $((M + 1000)) ] \
  || { echo "ulimit -n $(ulimit -n) is too low for M=$M sockets" >&2; exit 1; }
[ -d bench/signaling/node_modules ] || (cd bench/signaling && npm ci --no-audit --no-fund >&2)

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
LOG=$(mktemp)
# Reconnect grace 0: a relay run's sockets close at its end, and their leaves are then recorded at once rather than
# 15 s later, in the middle of the next run.
SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
COUP_SECURITY_JWT_HS256_SECRET=$SECRET \
COUP_MEDIA_MESH_TICKET_SECRET=bench-ticket-secret-0123456789-abcdefghijklmn \
SERVER_PORT=$HTTP_PORT COUP_SIGNALING_PORT=$SIO_PORT COUP_SIGNALING_RECONNECT_GRACE=0 \
COUP_SIGNALING_EVENTS_PER_SECOND=$EVENTS_PER_SECOND \
  java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" >"$LOG" 2>&1 &
APP=$!
cleanup() {
  kill $APP 2>/dev/null; wait $APP 2>/dev/null || true
  rm -f "$LOG"
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
}
trap cleanup EXIT
for _ in $(seq 90); do curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health" >/dev/null || { cat "$LOG" >&2; exit 1; }
export APP_PID=$APP

export CLK_TCK=$(getconf CLK_TCK)
# Tables: tab-separated rows from bench.mjs, aligned once a section is done (progress goes to stderr meanwhile).
row() { local IFS=$'\t'; echo "$*"; }
table() { column -t -s $'\t'; }

idle=$(node bench/signaling/bench.mjs idle)
echo "Idle sockets, held ${HOLD} s; heap used after a full GC (jcmd GC.run), -Xmx512m"
{ row M connected "still connected" "server count" "heap before MiB" "heap after MiB" "delta MiB" bytes/socket \
    "heap at 10k MiB" "server count once closed" "heap once closed MiB"; echo "$idle"; } | table

# Room r of run "b<N>": study b<N>-s<r> with members b<N>-u<r>-0..4 (0 is the owner, who started the call) and the
# call b<N>-c<r> in progress, room study-b<N>-s<r>-b<N>-c<r> — the ids the service itself would give it.
add_rooms() {
  "${PSQL[@]}" -d $DB -v p="$1" -v rooms="$(($2 / 5))" <<'SQL'
INSERT INTO users (id, name, created_at, updated_at)
  SELECT :'p' || '-u' || r || '-' || k, 'Bench ' || :'p' || '-u' || r || '-' || k, now(), now()
  FROM generate_series(0, :rooms - 1) r CROSS JOIN generate_series(0, 4) k;
INSERT INTO studies (id, name, created_at, version)
  SELECT :'p' || '-s' || r, 'Bench study ' || r, now(), 0 FROM generate_series(0, :rooms - 1) r;
INSERT INTO study_members (study_id, user_id, role, status, joined_at)
  SELECT :'p' || '-s' || r, :'p' || '-u' || r || '-' || k, CASE k WHEN 0 THEN 'OWNER' ELSE 'MEMBER' END, 'ACTIVE', now()
  FROM generate_series(0, :rooms - 1) r CROSS JOIN generate_series(0, 4) k;
INSERT INTO video_call_sessions (id, study_id, room_id, name, started_by, started_at, media_provider, media_room_id,
                                 max_participants, auto_created, active_study_id, version)
  SELECT :'p' || '-c' || r, :'p' || '-s' || r, 'study-' || :'p' || '-s' || r || '-' || :'p' || '-c' || r, NULL,
         :'p' || '-u' || r || '-0', now(), 'MESH',
         :'p' || '-c' || r || '/study-' || :'p' || '-s' || r || '-' || :'p' || '-c' || r,   -- MeshMediaProvider's
         10, false, :'p' || '-s' || r, 0
  FROM generate_series(0, :rooms - 1) r;
ANALYZE;
SQL
}

relay=""
for n in $RELAY_N; do
  rate=${RATE:-$((TARGET / n))}
  # Above the per-socket limit the service would refuse relays with RATE_LIMITED, which is not what is measured.
  [ "$rate" -ge 1 ] && [ "$rate" -le $EVENTS_PER_SECOND ] \
    || { echo "N=$n: $rate relays/s per socket is outside 1..$EVENTS_PER_SECOND (events-per-second)" >&2; exit 1; }
  add_rooms "b$n" "$n"
  relay+=$(N=$n RATE=$rate PREFIX=b$n node bench/signaling/bench.mjs relay)$'\n'
done
echo
echo "Relay: video:offer 1 in 5, video:ice-candidate 4 in 5, to the room's peers in turn; ${DURATION} s measured" \
  "after ${WARMUP} s; latency send to receipt; CPU in % of one core"
{ row N rate/socket target/s sent/s relayed/s "p50 ms" "p95 ms" "p99 ms" "max ms" errors disconnects "sent = received" \
    "server CPU" "client CPU"; printf '%s' "$relay"; } | table
