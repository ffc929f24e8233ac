-- Shared by the wrk scripts: one parseable result line from the done hook.
-- wrk counts a response with a status above 399 in summary.errors.status; the harness fails the row on any.
local M = {}

-- Numbers wrk's threads 1, 2, ... as "tid": the scripts keep their emails and rotations apart by it.
local threads = 0
function M.setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function M.done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect, e.read, e.write, e.timeout))
end

-- The items one after another, each wrk thread starting at its own place ("tid" is set by M.setup).
function M.rotation(items)
  local i = nil
  return function()
    i = (i or (tid or 1) * 7919) + 1
    return items[(i % #items) + 1]
  end
end

function M.lines(path)
  local out = {}
  local f = assert(io.open(path, "r"), "cannot read " .. tostring(path))
  for line in f:lines() do
    if line ~= "" then out[#out + 1] = line end
  end
  f:close()
  assert(#out > 0, "no lines in " .. path)
  return out
end

return M
