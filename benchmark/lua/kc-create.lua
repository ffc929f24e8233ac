-- Keycloak's peer of create.lua: POST /admin/realms/<BENCH_REALM>/users with the admin token in BENCH_TOKEN and a
-- unique username and email per request; BENCH_PASSWORD=1 adds a password credential.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local prefix = os.getenv("BENCH_PREFIX") or "bench"
local withPassword = os.getenv("BENCH_PASSWORD") == "1"
local counter = 0

wrk.method = "POST"
wrk.path = "/admin/realms/" .. os.getenv("BENCH_REALM") .. "/users"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

setup = common.setup

function request()
  counter = counter + 1
  local email = prefix .. "-" .. tid .. "-" .. counter .. "@bench.example.com"
  local body = '{"username":"' .. email .. '","email":"' .. email .. '","firstName":"Bench","lastName":"User",'
    .. '"enabled":true,"emailVerified":true'
    .. (withPassword and ',"credentials":[{"type":"password","value":"Bench-Passw0rd!","temporary":false}]' or "") .. '}'
  return wrk.format(nil, nil, nil, body)
end

done = common.done
