-- Keycloak's peer of token.lua: the password grant at /realms/<BENCH_REALM>/protocol/openid-connect/token for the
-- public client BENCH_CLIENT, rotating over the users listed in BENCH_EMAILS (all with the password Bench-Passw0rd!).
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local emails = common.rotation(common.lines(os.getenv("BENCH_EMAILS")))
local client = os.getenv("BENCH_CLIENT")

wrk.method = "POST"
wrk.path = "/realms/" .. os.getenv("BENCH_REALM") .. "/protocol/openid-connect/token"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"

setup = common.setup

function request()
  local email = emails():gsub("@", "%%40")
  return wrk.format(nil, nil, nil, "grant_type=password&client_id=" .. client .. "&username=" .. email
    .. "&password=Bench-Passw0rd%21")
end

done = common.done
