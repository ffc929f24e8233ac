-- POST /rest/V1/integration/customer/token rotating over the customers listed in BENCH_EMAILS (one email a line),
-- all created with the password Bench-Passw0rd!, so no sign-in fails and no account locks.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local emails = common.rotation(common.lines(os.getenv("BENCH_EMAILS")))

wrk.method = "POST"
wrk.path = "/rest/V1/integration/customer/token"
wrk.headers["Content-Type"] = "application/json"

setup = common.setup

function request()
  local email = emails()
  return wrk.format(nil, nil, nil, '{"username":"' .. email .. '","password":"Bench-Passw0rd!"}')
end

done = common.done
