-- wrk script of bench/rest.sh. Arguments after wrk's "--": mode (status | stats | joinleave | quickjoin), the tokens file (one
-- "userId token" a line), the study id, the session id, wrk's thread count and a rate (requests a second in all;
-- 0: each connection sends its next request as soon as the last one is answered).
--   With a rate, each thread sends on a fixed schedule, one request every threads/rate seconds on whichever of its
--   connections is free (as wrk2 does), so the service gets that load rather than all it can take, and the
--   latency is that of a service under that load instead of that of a queue kept full.
--   status:    GET …/video-call/status, each thread cycling through its share of the users' tokens.
--   stats:     GET …/video-call/stats and GET …/video-call/stats/users/<self> (period all), alternately, likewise.
--   joinleave: each user of the thread's share alternates POST …/join and POST …/leave on the session. A thread
--              sends the leave of a user whose join has been answered (the answer names them) whenever it has
--              one, else the join of the user who has waited longest; so a leave never overtakes its join, and at
--              most one member per connection is in the call besides those who stay, and GET /status shows as
--              many people during a mixed run as before it.
--   quickjoin: as joinleave, joining by POST /api/video-call/advanced/quick-join {"studyId"}, as the browser client
--              does (its answer names the member by their name, "Member <n>" for u<n>).
-- Every answer that is not 2xx is counted (wrk itself counts only >= 400) and the first one is kept to show why.
-- done() prints one line the shell script turns into a table row:
--   RESULT <requests> <req/s> <p50 ms> <p99 ms> <non-2xx> <socket errors and timeouts>

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local requests, count = {}, 0
-- joinleave: per user (by index) their requests; users waiting to join (a queue, oldest first) and users whose join
-- was answered (to leave next).
local joins, leaves, index_of = {}, {}, {}
local waiting, waiting_first, waiting_last = {}, 1, 0
local joined = {}
non2xx, first_failure = 0, nil
-- wrk calls request() once on thread 0 before connecting, to check the request, and never sends that one; were it
-- counted, that thread's first join would never be sent and its user's leave would answer 404.
local checked_by_wrk = true

-- The time in ms on the monotonic clock, through LuaJIT's FFI (wrk's Lua has no finer clock of its own).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock_id, bench_timespec *tp);
]]
local CLOCK_MONOTONIC, timespec = 1, ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
  return tonumber(timespec.tv_sec) * 1e3 + tonumber(timespec.tv_nsec) / 1e6
end

local interval_ms, next_slot_ms

-- wrk's delay(), defined only with a rate (wrk asks after init() whether there is one): each request takes the
-- thread's next slot and waits for it; a request already late goes at once, and the slots keep their pace, so a
-- service that falls behind is caught up with rather than given a rest.
local function wait_for_slot()
  local now = now_ms()
  local slot = next_slot_ms or now
  next_slot_ms = slot + interval_ms
  return math.max(0, math.floor(slot - now))
end

function init(args)
  local mode, tokens, study, session, nthreads = args[1], args[2], args[3], args[4], tonumber(args[5])
  local rate = tonumber(args[6])
  if rate > 0 then
    interval_ms = 1e3 * nthreads / rate
    delay = wait_for_slot
  end
  local base = "/api/my-studies/" .. study .. "/video-call/"
  local line = 0
  for entry in io.lines(tokens) do
    if line % nthreads == id then
      local user, token = entry:match("^(%S+)%s+(%S+)$")
      local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
      if mode == "status" then
        table.insert(requests, wrk.format("GET", base .. "status", headers))
      elseif mode == "stats" then
        table.insert(requests, wrk.format("GET", base .. "stats?period=all&tz=UTC", headers))
        table.insert(requests, wrk.format("GET", base .. "stats/users/" .. user .. "?period=all&tz=UTC", headers))
      else
        local body = '{"sessionId":"' .. session .. '"}'
        if mode == "quickjoin" then
          table.insert(joins, wrk.format("POST", "/api/video-call/advanced/quick-join", headers,
            '{"studyId":"' .. study .. '"}'))
        else
          table.insert(joins, wrk.format("POST", base .. "join", headers, body))
        end
        table.insert(leaves, wrk.format("POST", base .. "leave", headers, body))
        index_of[user] = #joins
        index_of["Member " .. tonumber(user:sub(2))] = #joins
        waiting_last = waiting_last + 1
        waiting[waiting_last] = #joins
      end
    end
    line = line + 1
  end
  if mode == "joinleave" or mode == "quickjoin" then request = next_join_or_leave end
  checked_by_wrk = id ~= 0
end

function request()
  if not checked_by_wrk then
    checked_by_wrk = true
    return requests[1]
  end
  count = count + 1
  return requests[(count - 1) % #requests + 1]
end

-- A user who left waits behind everyone else before joining again, by when their leave has long been answered.
function next_join_or_leave()
  if not checked_by_wrk then
    checked_by_wrk = true
    return joins[waiting[waiting_first]]
  end
  local user = table.remove(joined)
  if user then
    waiting_last = waiting_last + 1
    waiting[waiting_last] = user
    return leaves[user]
  end
  user = waiting[waiting_first]
  waiting[waiting_first] = nil
  waiting_first = waiting_first + 1
  return joins[user]
end

function response(status, headers, body)
  local user = status == 200 and body and (body:match('^{"participant":{.-"userId":"([^"]+)"')
    or body:match('^{"sessionId":".-"username":"([^"]+)"'))
  if user and index_of[user] then table.insert(joined, index_of[user]) end
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_failure == nil then first_failure = status .. " " .. string.sub(body or "", 1, 200) end
  end
end

function done(summary, latency, _)
  local failed, why = 0, nil
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("non2xx")
    why = why or thread:get("first_failure")
  end
  local e = summary.errors
  io.write(string.format("RESULT %d %.0f %.2f %.2f %d %d\n", summary.requests,
    summary.requests / summary.duration * 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    failed, e.connect + e.read + e.write + e.timeout))
  if why then io.write("FIRST_FAILURE " .. why .. "\n") end
end
