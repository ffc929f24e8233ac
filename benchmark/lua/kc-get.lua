-- Keycloak's peer of get.lua: GET /admin/realms/<BENCH_REALM>/users/{id} with the admin token in BENCH_TOKEN,
-- rotating over the ids in BENCH_IDS.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local ids = common.lines(os.getenv("BENCH_IDS"))
local path = "/admin/realms/" .. os.getenv("BENCH_REALM") .. "/users/"
local i = 0

wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

setup = common.setup

function init(args)
  i = (tid or 1) * 7919
end

function request()
  i = i + 1
  return wrk.format(nil, path .. ids[(i % #ids) + 1])
end

done = common.done
