-- wrk script: cycles over category listings with price filters, one request path a line
-- (e.g. /api/products?category=Books&minPrice=10&maxPrice=25&limit=24), written by run.sh from real products.
-- Each thread starts at a different place in the list.
--   wrk --latency -s bench/category-listing.lua http://127.0.0.1:PORT -- PATHS_FILE

local paths = {}
local next_path = 1
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("index", threads)
end

function init(args)
  local path = args[1] or error("category-listing.lua: pass the paths file after --")
  for line in io.lines(path) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  assert(#paths > 0, "category-listing.lua: no paths in " .. path)
  next_path = ((index or 1) * 7919) % #paths + 1
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end
