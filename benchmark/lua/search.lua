-- GET /rest/V1/customers/search with the admin token in BENCH_TOKEN: the one query in BENCH_QUERY.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")

wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.path = "/rest/V1/customers/search?" .. os.getenv("BENCH_QUERY")

setup = common.setup
done = common.done
