-- Keycloak's peer of get.lua: GET /admin/realms/<BENCH_REALM>/users/{id} with the admin token in BENCH_TOKEN,
-- rotating over the ids in BENCH_IDS.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local ids = common.rotation(common.lines(os.getenv("BENCH_IDS")))
local path = "/admin/realms/" .. os.getenv("BENCH_REALM") .. "/users/"

wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

setup = common.setup

function request()
  return wrk.format(nil, path .. ids())
end

done = common.done
