-- wrk script: GET /api/products/{id} with ids drawn at random from a file of real ids (one a line),
-- so the run reads across the whole table instead of one hot row.
--   wrk --latency -s bench/random-product.lua http://127.0.0.1:PORT -- IDS_FILE

local ids = {}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("index", threads)
end

function init(args)
  local path = args[1] or error("random-product.lua: pass the ids file after --")
  for line in io.lines(path) do
    if line ~= "" then
      ids[#ids + 1] = line
    end
  end
  assert(#ids > 0, "random-product.lua: no ids in " .. path)
  math.randomseed(os.time() * 1000 + (index or 0))
end

function request()
  return wrk.format("GET", "/api/products/" .. ids[math.random(#ids)])
end
