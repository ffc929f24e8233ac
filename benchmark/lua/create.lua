-- POST /rest/V1/customers with a unique email per request: <BENCH_PREFIX>-<wrk thread>-<counter>@bench.example.com.
-- BENCH_PASSWORD=1 adds "password"; BENCH_ADDRESS=0 leaves out the address; BENCH_IDEMPOTENCY=1 sends each request
-- with an Idempotency-Key of its own (as a client that may retry does).
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")

local prefix = os.getenv("BENCH_PREFIX") or "bench"
local withPassword = os.getenv("BENCH_PASSWORD") == "1"
local withAddress = os.getenv("BENCH_ADDRESS") ~= "0"
local withKey = os.getenv("BENCH_IDEMPOTENCY") == "1"
local counter = 0

wrk.method = "POST"
wrk.path = "/rest/V1/customers"
wrk.headers["Content-Type"] = "application/json"

setup = common.setup

local address = ',"addresses":[{"firstname":"Bench","lastname":"User","street":["1 Main St"],"city":"Austin",'
  .. '"postcode":"78701","country_id":"US","region_id":57,"telephone":"5125550100",'
  .. '"default_billing":true,"default_shipping":true}]'

function request()
  counter = counter + 1
  local email = prefix .. "-" .. tid .. "-" .. counter .. "@bench.example.com"
  local body = '{"customer":{"email":"' .. email .. '","firstname":"Bench","lastname":"User"'
    .. (withAddress and address or "") .. '}'
    .. (withPassword and ',"password":"Bench-Passw0rd!"' or "") .. '}'
  local headers = nil
  if withKey then
    headers = {["Content-Type"] = "application/json", ["Idempotency-Key"] = prefix .. "-" .. tid .. "-" .. counter}
  end
  return wrk.format(nil, nil, headers, body)
end

done = common.done
