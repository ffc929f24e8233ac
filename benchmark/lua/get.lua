-- GET /rest/V1/customers/{id} with the admin token in BENCH_TOKEN, rotating over the ids in BENCH_IDS.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local ids = common.rotation(common.lines(os.getenv("BENCH_IDS")))

wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

setup = common.setup

function request()
  return wrk.format(nil, "/rest/V1/customers/" .. ids())
end

done = common.done
