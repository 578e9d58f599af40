-- wrk script: GETs request paths read from a file (one a line), written by run.sh from real products.
--   wrk --latency -s bench/paths.lua http://127.0.0.1:PORT -- PATHS_FILE random   (a path at random each time:
--       product detail over thousands of ids, so the run reads across the table, not one hot row)
--   wrk --latency -s bench/paths.lua http://127.0.0.1:PORT -- PATHS_FILE cycle    (in turn, each thread from
--       another place: category listings with price filters)

local paths = {}
local random = false
local next_path = 1
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("index", threads)
end

function init(args)
  local file = args[1] or error("paths.lua: pass the paths file after --")
  random = (args[2] or "cycle") == "random"
  for line in io.lines(file) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  assert(#paths > 0, "paths.lua: no paths in " .. file)
  math.randomseed(os.time() * 1000 + (index or 0))
  next_path = ((index or 1) * 7919) % #paths + 1
end

function request()
  if random then
    return wrk.format("GET", paths[math.random(#paths)])
  end
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end
