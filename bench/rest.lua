-- wrk script of bench/rest.sh. Arguments after wrk's "--": mode (status | joinleave), the tokens file (one
-- "userId token" a line), the study id, the session id and wrk's thread count.
--   status:    GET …/video-call/status, each thread cycling through its share of the users' tokens.
--   joinleave: each user of the thread's share alternates POST …/join and POST …/leave on the session. A thread
--              goes round all its users joining, then round them all leaving, so a user's two requests are a
--              whole round apart and never overlap.
-- Every answer that is not 2xx is counted (wrk itself counts only >= 400) and the first one is kept to show why.
-- done() prints one line the shell script turns into a table row:
--   RESULT <requests> <req/s> <p50 ms> <p99 ms> <non-2xx> <socket errors and timeouts>

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local requests, count = {}, 0
non2xx, first_failure = 0, nil
-- wrk calls request() once on thread 0 before connecting, to check the request, and never sends that one; were it
-- counted, that thread's first join would never be sent and its user's leave would answer 404.
local checked_by_wrk = true

function init(args)
  local mode, tokens, study, session, nthreads = args[1], args[2], args[3], args[4], tonumber(args[5])
  local base = "/api/my-studies/" .. study .. "/video-call/"
  local joins, leaves, line = {}, {}, 0
  for entry in io.lines(tokens) do
    if line % nthreads == id then
      local token = entry:match("^%S+%s+(%S+)$")
      local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
      if mode == "status" then
        table.insert(requests, wrk.format("GET", base .. "status", headers))
      else
        local body = '{"sessionId":"' .. session .. '"}'
        table.insert(joins, wrk.format("POST", base .. "join", headers, body))
        table.insert(leaves, wrk.format("POST", base .. "leave", headers, body))
      end
    end
    line = line + 1
  end
  for _, r in ipairs(joins) do table.insert(requests, r) end
  for _, r in ipairs(leaves) do table.insert(requests, r) end
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

function response(status, headers, body)
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
