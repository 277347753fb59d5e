-- wrk script for api-bench.sh: one query kind (BENCH_KIND: entity, timeline, network) through one API
-- (BENCH_API: graphql or plain), over the ids in BENCH_IDS (one per line), each request the next id.
-- The GraphQL queries ask for exactly the fields the plain endpoints return (see Graph.Api's BenchEndpoints).
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end
local kind, api = os.getenv("BENCH_KIND"), os.getenv("BENCH_API")

local queries = {
  entity = "query($id: ID!) { entity(id: $id) { key name type aliases description } }",
  timeline = "query($id: ID!) { timeline(entity: $id, first: 20) { totalCount pageInfo { endCursor hasNextPage } nodes { key name eventType date { edtf display } } } }",
  network = "query($id: ID!) { network(centers: [$id], depth: 2, limit: 200) { truncated nodes { id name type distance degree } edges { id source target type weight confidence } } }",
}
local paths = {
  entity = "/bench/entity?id=",
  timeline = "/bench/timeline?first=20&entity=",
  network = "/bench/network?depth=2&limit=200&center=",
}
if not queries[kind] or (api ~= "graphql" and api ~= "plain") then
  error("set BENCH_KIND to entity, timeline or network and BENCH_API to graphql or plain")
end

local threads = {}
function setup(thread)
  -- Threads start far apart in the id list, so they do not ask for the same entity at the same moment.
  thread:set("offset", #threads * 499)
  table.insert(threads, thread)
end

function init(args)
  n = offset or 0
  bad = 0
end

function request()
  n = n + 1
  local id = ids[(n % #ids) + 1]
  if api == "graphql" then
    local body = '{"query":"' .. queries[kind] .. '","variables":{"id":"' .. id .. '"}}'
    return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }, body)
  end
  return wrk.format("GET", paths[kind] .. id)
end

-- A fast error is not a result: any non-200 status or GraphQL error is counted and reported.
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then bad = bad + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do failed = failed + t:get("bad") end
  local e = summary.errors
  io.write(string.format("RESULT kind=%s api=%s rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d bad=%d socket_errors=%d\n",
    kind, api, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, failed, e.connect + e.read + e.write + e.timeout))
end
