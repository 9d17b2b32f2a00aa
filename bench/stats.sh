#!/usr/bin/env bash
# Stats benchmark (issue 5, docs/performance.md): how long GET …/stats and GET …/stats/users/{id} take over
# 10k, 100k and 1M participant rows of one study, on PostgreSQL.
#
#   bash bench/stats.sh            # needs a built jar (README's first command), PostgreSQL on 127.0.0.1:5432
#   ROWS="10000 100000" RUNS=50 bash bench/stats.sh
#
# It creates (and drops first) the database coup_bench, starts the service on it (postgres profile, ports 18080
# and 19092), lets Flyway build the schema, then for each size fills the tables with generated calls directly in
# SQL — 10 participants a call, 200 members, calls spread over the last 365 days, added to the statistics rollups as
# Flyway V6 would — checks the all-time call count the API answers, and times each request RUNS times with curl from
# this machine (a warm-up pass first). Prints a table of median and p95 in milliseconds. Drops coup_bench at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-"10000 100000 1000000"}
RUNS=${RUNS:-30}
DB=coup_bench
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
API=http://localhost:18080
JAR=bootstrap/target/coup-video.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -q -DskipTests package" >&2; exit 1; }

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
LOG=$(mktemp)
SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
COUP_SECURITY_JWT_HS256_SECRET=bench-secret-0123456789-abcdefghijklmnopqrstuv \
COUP_MEDIA_MESH_TICKET_SECRET=bench-ticket-secret-0123456789-abcdefghijklmn \
COUP_SECURITY_DEV_TOKENS=true SERVER_PORT=18080 COUP_SIGNALING_PORT=19092 \
  java -Xmx512m -jar "$JAR" >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -f "$LOG"
      "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" 2>/dev/null || true' EXIT
for _ in $(seq 90); do curl -sf $API/actuator/health >/dev/null && break; sleep 1; done
curl -sf $API/actuator/health >/dev/null || { cat "$LOG" >&2; exit 1; }

TOKEN=$(curl -sf -X POST $API/api/dev/token -H 'Content-Type: application/json' \
  -d '{"userId":"u000","name":"Bench owner"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
curl -sf -X POST $API/api/studies -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"id":"bench","name":"Benchmark study"}' >/dev/null

# 200 members (u000 is the owner, created through the API above).
"${PSQL[@]}" -d $DB <<'SQL'
INSERT INTO users (id, name, created_at, updated_at)
  SELECT 'u' || lpad(i::text, 3, '0'), 'Member ' || i, now(), now() FROM generate_series(1, 199) i;
INSERT INTO study_members (study_id, user_id, role, status, joined_at)
  SELECT 'bench', 'u' || lpad(i::text, 3, '0'), 'MEMBER', 'ACTIVE', now() - interval '400 days'
  FROM generate_series(1, 199) i;
SQL

# Calls numbered from $1 to $2: call c, 1 h long, c % 365 days ago; participants u((c*7 + k) % 200), k = 0..9.
add_calls() {
  "${PSQL[@]}" -d $DB -v first="$1" -v last="$2" <<'SQL'
INSERT INTO video_call_sessions (id, study_id, room_id, name, started_by, started_at, ended_at, duration_seconds,
                                 media_provider, max_participants, auto_created, version)
  SELECT 'c' || c, 'bench', 'study-bench-c' || c, NULL, 'u000',
         date_trunc('hour', now()) - (c % 365) * interval '1 day' - (c % 24) * interval '1 minute',
         date_trunc('hour', now()) - (c % 365) * interval '1 day' - (c % 24) * interval '1 minute' + interval '1 hour',
         3600, 'MESH', 10, false, 0
  FROM generate_series(:first, :last) c;
INSERT INTO participants (id, session_id, user_id, joined_at, left_at, attended_ms, open_since, audio_muted_ms,
                          video_off_ms, screen_shared_ms, message_count, kicked)
  SELECT 'p' || c || '-' || k, 'c' || c, 'u' || lpad(((c * 7 + k) % 200)::text, 3, '0'), s.started_at, s.ended_at,
         3600000, NULL, (k * 60000) % 3600000, (k * 30000) % 3600000, 0, k, false
  FROM generate_series(:first, :last) c
  CROSS JOIN generate_series(0, 9) k
  JOIN video_call_sessions s ON s.id = 'c' || c;
INSERT INTO attendance_segments (participant_id, ordinal, joined_at, left_at, leave_reason)
  SELECT p.id, 0, p.joined_at, p.left_at, 'LEFT'
  FROM participants p JOIN video_call_sessions s ON s.id = p.session_id
  WHERE s.id IN (SELECT 'c' || c FROM generate_series(:first, :last) c);
-- The service adds a call to the statistics rollups when it ends it; these calls bypass the service, so they are
-- added here as Flyway V6 adds the calls that ended before it (upserts: later sizes share buckets and days).
INSERT INTO study_call_rollups AS r (study_id, bucket_start, sessions, participants, duration_seconds)
  SELECT s.study_id, floor(extract(epoch FROM s.started_at) / 900)::bigint * 900, count(*),
         sum((SELECT count(*) FROM participants p WHERE p.session_id = s.id)),
         sum(s.duration_seconds)
  FROM video_call_sessions s WHERE s.id IN (SELECT 'c' || c FROM generate_series(:first, :last) c)
  GROUP BY 1, 2
  ON CONFLICT (study_id, bucket_start) DO UPDATE SET sessions = r.sessions + EXCLUDED.sessions,
    participants = r.participants + EXCLUDED.participants, duration_seconds = r.duration_seconds + EXCLUDED.duration_seconds;
INSERT INTO user_attendance_rollups AS r (study_id, day_start, user_id, sessions, attended_ms, audio_muted_ms,
                                          video_off_ms, screen_shared_ms, first_join, last_join)
  SELECT s.study_id, floor(extract(epoch FROM s.started_at) / 86400)::bigint * 86400, p.user_id, count(*),
         sum(p.attended_ms), sum(p.audio_muted_ms), sum(p.video_off_ms), sum(p.screen_shared_ms), min(p.joined_at),
         max(p.joined_at)
  FROM participants p JOIN video_call_sessions s ON s.id = p.session_id
  WHERE s.id IN (SELECT 'c' || c FROM generate_series(:first, :last) c)
  GROUP BY 1, 2, 3
  ON CONFLICT (study_id, day_start, user_id) DO UPDATE SET sessions = r.sessions + EXCLUDED.sessions,
    attended_ms = r.attended_ms + EXCLUDED.attended_ms, audio_muted_ms = r.audio_muted_ms + EXCLUDED.audio_muted_ms,
    video_off_ms = r.video_off_ms + EXCLUDED.video_off_ms,
    screen_shared_ms = r.screen_shared_ms + EXCLUDED.screen_shared_ms,
    first_join = least(r.first_join, EXCLUDED.first_join), last_join = greatest(r.last_join, EXCLUDED.last_join);
ANALYZE;
SQL
}

# Median and p95 of RUNS timings of one request, in ms.
measure() {
  local path=$1 times
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$API$path"   # warm-up
  times=$(for _ in $(seq "$RUNS"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$API$path"
  done | sort -n)
  awk -v n="$RUNS" '{ t[NR] = $1 * 1000 } END {
      m = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2;
      p = t[int(0.95 * n + 0.999999)]; printf "%8.1f %8.1f", m, p }' <<<"$times"
}

CALL=/api/my-studies/bench/video-call
printf '%-10s %-36s %8s %8s\n' rows request median p95
loaded=0
for rows in $ROWS; do
  calls=$((rows / 10))
  [ "$calls" -gt "$loaded" ] && add_calls $((loaded + 1)) "$calls"
  loaded=$calls
  # The figures must be right before their time means anything: every generated call is in the all-time count.
  answered=$(curl -sf -H "Authorization: Bearer $TOKEN" "$API$CALL/stats?period=all" |
             sed -E 's/.*"totalSessions":([0-9]+).*/\1/')
  [ "$answered" = "$calls" ] || { echo "stats say $answered calls, $calls were generated" >&2; exit 1; }
  for path in "$CALL/stats?period=all" "$CALL/stats?period=month" "$CALL/stats/users/u007?period=all" \
              "$CALL/stats/users/u007?period=month"; do
    printf '%-10s %-36s %s\n' "$rows" "${path#"$CALL"}" "$(measure "$path")"
  done
done
