#!/usr/bin/env bash
# Catalog read benchmark: generates and imports a catalog, starts the store (Release) and a bare Kestrel
# baseline (bench/Baseline) on loopback, and measures product detail and category listing with wrk beside
# the baseline in the same run. Prints a markdown report and writes it to bench/results/latest.md.
# Everything it starts is stopped on exit. See docs/BENCHMARKS.md.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bench/run.sh [--products N | --1m] [--duration S] [--connections C] [--threads T] [--warmup S]

  --products N     catalog size (default 100000)
  --1m             the same as --products 1000000
  --duration S     seconds of load per measured run (default 20)
  --connections C  wrk connections (default 64)
  --threads T      wrk threads (default 2)
  --warmup S       seconds of load before each measured run (default 5)
  --store-setting K=V  a setting for the store, e.g. Winkel:Cache:ApiOutputCache=false (repeatable)
  --rounds N       after the main runs, N more baseline/store detail pairs in alternating order, with
                   the median ratio (default 0; for a machine whose speed drifts between runs)
EOF
}

products=100000
duration=20
connections=64
threads=2
warmup=5
rounds=0
store_settings=()
while (($#)); do
  case $1 in
    --products) products=${2:?--products needs a number}; shift 2 ;;
    --1m) products=1000000; shift ;;
    --duration) duration=${2:?--duration needs seconds}; shift 2 ;;
    --connections) connections=${2:?--connections needs a number}; shift 2 ;;
    --threads) threads=${2:?--threads needs a number}; shift 2 ;;
    --warmup) warmup=${2:?--warmup needs seconds}; shift 2 ;;
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    --store-setting) store_settings+=("--${2:?--store-setting needs KEY=VALUE}"); shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
products=${products//_/}
for value in "$products" "$duration" "$connections" "$threads" "$warmup"; do
  [[ $value =~ ^[0-9]+$ && $value -gt 0 ]] || { echo "run.sh: '$value' is not a positive whole number" >&2; exit 2; }
done
[[ $rounds =~ ^[0-9]+$ ]] || { echo "run.sh: --rounds '$rounds' is not a whole number" >&2; exit 2; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
work=bench/.work
mkdir -p "$work" bench/results
server_dll=artifacts/bin/Winkel.Server/release/Winkel.Server.dll
baseline_dll=artifacts/bin/Baseline/release/Baseline.dll
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production
quiet_logs=(--Logging:LogLevel:Default=Warning
  --Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning)

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

# CPU accounting, to tell a clean run from one that shared the machine with builds or tests.
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
children_ticks() { # user + system time of this shell's finished children, in clock ticks, from `times >FILE`
  awk -v hz="$hz" 'NR == 2 {
    t = 0
    for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] }
    printf "%.0f", t * hz }' "$1"
}
hz=$(getconf CLK_TCK)

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools ------------------------------------------------------------------------------------------
source bench/tools.sh
need_tools wrk jq curl

# --- build ------------------------------------------------------------------------------------------
log "building the store and the baseline (Release)"
for project in src/Winkel.Server bench/Baseline; do
  dotnet build "$project" -c Release -nologo -v quiet >"$work/build.log" 2>&1 ||
    { tail -40 "$work/build.log" >&2; die "building $project failed (full log: $work/build.log)"; }
done

# --- catalog ----------------------------------------------------------------------------------------
catalog=$work/catalog-$products.jsonl
if [[ -s $catalog ]] && (($(wc -l <"$catalog") == products)); then
  log "reusing $catalog"
else
  log "generating $products products into $catalog"
  dotnet "$server_dll" generate --products "$products" --out "$catalog.tmp" >"$work/generate.log" 2>&1 ||
    { tail -20 "$work/generate.log" >&2; die "generate failed"; }
  mv "$catalog.tmp" "$catalog"
  tr '\r' '\n' <"$work/generate.log" | grep -a . | tail -1 >&2
fi
catalog_bytes=$(stat -c %s "$catalog")

# --- import -----------------------------------------------------------------------------------------
data=$work/data-$products
rm -rf "$data"
mkdir -p "$data"
log "importing into a fresh $data"
# Peak RSS of the import process, when GNU time is there.
timer=()
echo 0 >"$work/import.maxrss"
[[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f %M -o "$work/import.maxrss")
times >"$work/times0"
import_busy0=$(busy_ticks)
import_started=$(date +%s.%N)
"${timer[@]}" dotnet "$server_dll" import "$catalog" "--Winkel:DataDir=$data" --Winkel:Catalog:Demo=false >"$work/import.log" 2>&1 ||
  { tr '\r' '\n' <"$work/import.log" | tail -25 >&2; die "import failed"; }
import_wall=$(awk -v a="$import_started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
times >"$work/times1"
import_cpu=$(($(children_ticks "$work/times1") - $(children_ticks "$work/times0")))
import_other=$(awk -v b=$(($(busy_ticks) - import_busy0)) -v t="$import_cpu" -v hz="$hz" -v s="$import_wall" \
  'BEGIN {o = (b - t) / hz / s; printf "%.2f", o < 0 ? 0 : o}')
import_cores=$(awk -v t="$import_cpu" -v hz="$hz" -v s="$import_wall" 'BEGIN {printf "%.2f", t / hz / s}')
import_line=$(tr '\r' '\n' <"$work/import.log" | grep -a -o 'Imported [0-9,]* products in [0-9.]* s ([0-9,]*/s)' | tail -1)
[[ -n $import_line ]] || { tail -20 "$work/import.log" >&2; die "no 'Imported N products in S s (R/s)' line in $work/import.log"; }
echo "$import_line (import process $import_cores cores, other processes $import_other cores)" >&2
imported=$(sed -E 's/Imported ([0-9,]+) .*/\1/; s/,//g' <<<"$import_line")
import_seconds=$(sed -E 's/.* in ([0-9.]+) s .*/\1/' <<<"$import_line")
import_rate=$(sed -E 's/.*\(([0-9,]+)\/s\).*/\1/; s/,//g' <<<"$import_line")
import_maxrss_kib=$(tail -1 "$work/import.maxrss")
((imported == products)) || die "imported $imported of $products products"
data_bytes=$(du -sb "$data" | cut -f1)
data_files=$(cd "$data" && find . -type f -printf '%f %s\n' | sort | awk '{printf "%s%s %.0f MiB", sep, $1, $2 / 1048576; sep = ", "}')

# --- requests from real products --------------------------------------------------------------------
# ~4000 products spread evenly over the file: their ids for detail, their categories and prices for listings.
step=$(((products + 3999) / 4000))
awk -v step="$step" '(NR - 1) % step == 0' "$catalog" >"$work/sample.jsonl"
jq -r '.productId' "$work/sample.jsonl" >"$work/product-ids.txt"
sed 's|^|/api/products/|' "$work/product-ids.txt" >"$work/product-paths.txt"
# A shopper's price filter around a real price: from 70% to 140% of it, in whole euros.
jq -r '"/api/products?category=\(.category | @uri)&minPrice=\(.price * 0.7 | floor)&maxPrice=\(.price * 1.4 | ceil)&limit=24"' \
  "$work/sample.jsonl" | awk 'NR <= 1000' >"$work/listing-paths.txt"

# --- servers ----------------------------------------------------------------------------------------
free_port() {
  local port
  for _ in {1..200}; do
    port=$((20000 + RANDOM % 40000))
    if [[ $port != "${1:-}" && -z $(ss -Hltn "sport = :$port") ]]; then
      echo "$port"
      return
    fi
  done
  die "no free port"
}
store_port=$(free_port)
baseline_port=$(free_port "$store_port")
store=http://127.0.0.1:$store_port
baseline=http://127.0.0.1:$baseline_port

log "starting the store on $store and the baseline on $baseline"
# One client sends all the load: the limiter runs (its cost is measured) with room for it.
dotnet "$server_dll" --urls "$store" "--Winkel:DataDir=$data" --Winkel:Catalog:Demo=false "${quiet_logs[@]}" \
  --Winkel:RateLimit:PermitsPerSecond=1000000 --Winkel:RateLimit:Burst=10000000 \
  --Winkel:Cache:StatsLogInterval=00:00:01 --Logging:LogLevel:Winkel.Server.Platform.Caching.CacheStatsLog=Information \
  ${store_settings[@]+"${store_settings[@]}"} \
  >"$work/store.log" 2>&1 &
store_pid=$!
pids+=("$store_pid")
dotnet "$baseline_dll" --urls "$baseline" "${quiet_logs[@]}" >"$work/baseline.log" 2>&1 &
baseline_pid=$!
pids+=("$baseline_pid")

wait_ready() { # name pid url log
  local started=$SECONDS
  while ! curl -fs -o /dev/null --max-time 2 "$3"; do
    kill -0 "$2" 2>/dev/null || { tail -30 "$4" >&2; die "$1 exited before it was ready (log: $4)"; }
    ((SECONDS - started < 180)) || die "$1 not ready after 180 s (log: $4)"
    sleep 0.2
  done
  echo "$1 ready after $((SECONDS - started)) s" >&2
}
wait_ready store "$store_pid" "$store/health/ready" "$work/store.log"
wait_ready baseline "$baseline_pid" "$baseline/health/ready" "$work/baseline.log"

rss_mib() { awk -v key="$2:" '$1 == key {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
store_rss_idle=$(rss_mib "$store_pid" VmRSS)

# Fail fast on a short catalog, a wrong id or an empty listing rather than measuring 404s.
catalog_count=$(curl -fsS "$store/api/categories" | jq '[.items[].productCount] | add // 0')
((catalog_count == products)) || die "the store reports $catalog_count products in /api/categories, expected $products"
categories=$(curl -fsS "$store/api/categories" | jq '.items | length')
first_id=$(head -1 "$work/product-ids.txt")
detail_bytes=$(curl -fsS -o /dev/null -w '%{size_download}' "$store/api/products/$first_id") ||
  die "GET /api/products/$first_id did not return 2xx"
listing_items=$(head -50 "$work/listing-paths.txt" | while read -r path; do curl -fsS "$store$path" | jq '.items | length'; done |
  awk '{n++; s += $1} END {printf "%.1f", s / n}')
awk -v n="$listing_items" 'BEGIN {exit !(n >= 1)}' || die "the listing queries return empty pages ($listing_items items on average)"
listing_bytes=$(curl -fsS -o /dev/null -w '%{size_download}' "$store$(head -1 "$work/listing-paths.txt")")
baseline_detail_bytes=$(curl -fsS -o /dev/null -w '%{size_download}' "$baseline/product")
baseline_list_bytes=$(curl -fsS -o /dev/null -w '%{size_download}' "$baseline/list")
echo "store detail ${detail_bytes} B, listing ${listing_bytes} B (${listing_items} items on average over 50 queries);" \
  "baseline ${baseline_detail_bytes} B / ${baseline_list_bytes} B" >&2

# --- load -------------------------------------------------------------------------------------------
to_ms() { # wrk prints 812.00us, 1.25ms, 1.02s, 2.00m
  awk -v v="$1" 'BEGIN {
    n = v + 0; unit = v; sub(/^[0-9.]+/, "", unit)
    if (unit == "us") n /= 1000; else if (unit == "s") n *= 1000; else if (unit == "m") n *= 60000
    printf "%.2f", n }'
}

results=()
measure() { # name pid url [wrk-lua-script [script args...]]
  local name=$1 pid=$2 url=$3 out=$work/wrk-$1.txt target=()
  shift 3
  if (($#)); then target=(-s "$1" "$url" -- "${@:2}"); else target=("$url"); fi
  echo "-- $name: ${warmup} s warm-up, ${duration} s measured" >&2
  wrk --threads "$threads" --connections "$connections" --duration "${warmup}s" --timeout 5s "${target[@]}" >/dev/null
  local server0 servers0 busy0 started
  server0=$(cpu_ticks "$pid")
  servers0=$(($(cpu_ticks "$store_pid") + $(cpu_ticks "$baseline_pid")))
  times >"$work/times0"
  busy0=$(busy_ticks)
  started=$(date +%s.%N)
  wrk --threads "$threads" --connections "$connections" --duration "${duration}s" --timeout 5s --latency "${target[@]}" >"$out"
  local server=$(($(cpu_ticks "$pid") - server0))
  local servers=$(($(cpu_ticks "$store_pid") + $(cpu_ticks "$baseline_pid") - servers0))
  times >"$work/times1"
  local wrk_ticks=$(($(children_ticks "$work/times1") - $(children_ticks "$work/times0")))
  local busy=$(($(busy_ticks) - busy0))
  local seconds
  seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
  local rps p50 p99 requests bad errors cpu_us cores other
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  requests=$(awk '/ requests in / {print $1}' "$out")
  bad=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
  errors=$(awk -F'[ ,]+' '/Socket errors:/ {print $5 + $7 + $9 + $11}' "$out")
  cpu_us=$(awk -v t="$server" -v hz="$hz" -v n="$requests" 'BEGIN {printf "%.0f", t / hz * 1e6 / n}')
  cores=$(awk -v t="$server" -v w="$wrk_ticks" -v hz="$hz" -v s="$seconds" 'BEGIN {printf "%.2f / %.2f", t / hz / s, w / hz / s}')
  # Whatever else ran on the machine meanwhile (builds, tests): above ~0.1 cores the run was disturbed.
  other=$(awk -v b="$busy" -v t="$servers" -v w="$wrk_ticks" -v hz="$hz" -v s="$seconds" \
    'BEGIN {o = (b - t - w) / hz / s; printf "%.2f", o < 0 ? 0 : o}')
  results+=("$name|$rps|$p50|$p99|${bad:-0}|${errors:-0}|$cpu_us|$cores|$other")
  printf '   %s req/s, p50 %s ms, p99 %s ms, non-2xx %s, socket errors %s, server %s us CPU/req,' \
    "$rps" "$p50" "$p99" "${bad:-0}" "${errors:-0}" "$cpu_us" >&2
  printf ' cores server / wrk %s, other processes %s cores\n' "$cores" "$other" >&2
}

# The store logs its cache hit/miss totals every second (Winkel:Cache:StatsLogInterval): "product 12 hits 3 misses; ...".
cache_totals() {
  sleep 1.5
  grep -a 'Cache totals' "$work/store.log" | tail -1 | grep -o '[a-z]* [0-9]* hits [0-9]* misses' || true
}
cache_delta() { # before after cache -> "hits misses"
  awk -v c="$3" 'FNR == NR { if ($1 == c) { h0 = $2; m0 = $4 } next } $1 == c { h1 = $2; m1 = $4 }
    END { printf "%d %d", h1 - h0, m1 - m0 }' "$1" "$2"
}
cache_row() { # label before after
  local cache hits misses
  for cache in output product listing; do
    read -r hits misses <<<"$(cache_delta "$2" "$3" "$cache")"
    printf '| %s | %s | %s | %s | %s |\n' "$1" "$cache" "$(fmt "$hits")" "$(fmt "$misses")" \
      "$(awk -v h="$hits" -v m="$misses" 'BEGIN {if (h + m > 0) printf "%.2f%%", 100 * h / (h + m); else print "—"}')"
  done
}

load_before=$(cut -d" " -f1-3 /proc/loadavg)
# The store changes under our feet: say which code was measured.
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z $(git status --porcelain -- src 2>/dev/null) ]] || commit="$commit + uncommitted changes in src/"
log "load: wrk -t$threads -c$connections, ${duration} s per run"
measure baseline-product "$baseline_pid" "$baseline/product"
cache_totals >"$work/cache0.txt"
measure store-product "$store_pid" "$store" bench/paths.lua "$work/product-paths.txt" random
cache_totals >"$work/cache1.txt"
measure baseline-list "$baseline_pid" "$baseline/list"
cache_totals >"$work/cache2.txt"
measure store-listing "$store_pid" "$store" bench/paths.lua "$work/listing-paths.txt" cycle
cache_totals >"$work/cache3.txt"

# The speed of a shared virtual machine can drift by a third within minutes, and the main runs measure
# baseline and store one after the other. Pairs in alternating order give a ratio that drift moves less.
for ((round = 1; round <= rounds; round++)); do
  if ((round % 2)); then
    measure "baseline-product-$round" "$baseline_pid" "$baseline/product"
    measure "store-product-$round" "$store_pid" "$store" bench/paths.lua "$work/product-paths.txt" random
  else
    measure "store-product-$round" "$store_pid" "$store" bench/paths.lua "$work/product-paths.txt" random
    measure "baseline-product-$round" "$baseline_pid" "$baseline/product"
  fi
done

store_rss=$(rss_mib "$store_pid" VmRSS)
store_hwm=$(rss_mib "$store_pid" VmHWM)
baseline_rss=$(rss_mib "$baseline_pid" VmRSS)

# --- report -----------------------------------------------------------------------------------------
field() { # name column
  local row
  for row in "${results[@]}"; do
    [[ ${row%%|*} == "$1" ]] && { cut -d'|' -f"$2" <<<"$row"; return; }
  done
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f%%", 100 * a / b}'; }
ratio1() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f%%", 100 * a / b}'; }
verdict() { awk -v ok="$1" 'BEGIN {print (ok ? "met" : "not met")}'; }
fmt() { sed -E ':a; s/^([0-9]+)([0-9]{3})/\1,\2/; ta' <<<"$1"; }

row() { # label name baseline-name
  printf '| %s | %s | %s | %s | %s | %s | %s / %s | %s |\n' "$1" "$(fmt "$(field "$2" 2)")" "$(field "$2" 3)" "$(field "$2" 4)" \
    "$(if [[ $2 == "$3" ]]; then echo "baseline"; else ratio "$(field "$2" 2)" "$(field "$3" 2)"; fi)" \
    "$(field "$2" 7)" "$(field "$2" 8)" "$(field "$2" 9)" "$(field "$2" 5) / $(field "$2" 6)"
}

round_median() { # ratio | baseline-p99 | store-p99: the median over the extra rounds
  local round
  for ((round = 1; round <= rounds; round++)); do
    case $1 in
      ratio) awk -v a="$(field "store-product-$round" 2)" -v b="$(field "baseline-product-$round" 2)" 'BEGIN {print 100 * a / b}' ;;
      baseline-p99) field "baseline-product-$round" 4 ;;
      store-p99) field "store-product-$round" 4 ;;
    esac
  done | sort -g | awk '{v[NR] = $1} END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m}'
}

if ((rounds > 0)); then
  median_ratio=$(round_median ratio)
  median_baseline_p99=$(round_median baseline-p99)
  median_store_p99=$(round_median store-p99)
fi
detail_ratio=$(awk -v a="$(field store-product 2)" -v b="$(field baseline-product 2)" 'BEGIN {print a / b}')
report=$work/latest.md
{
  echo "## Catalog reads, $(fmt "$products") products — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "\`bench/run.sh --products $products --duration $duration --connections $connections --threads $threads$( ((rounds == 0)) || echo " --rounds $rounds")${store_settings[*]+ ${store_settings[*]/#--/--store-setting }}\`" \
    "(warm-up ${warmup} s before each run). Store at commit $commit. Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(uname -r), .NET $(dotnet --version)," \
    "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2). wrk and the servers share the cores; load average before the runs: $load_before."
  echo
  echo "| Endpoint | Requests/s | p50 (ms) | p99 (ms) | vs baseline | Server CPU (µs/req) | Cores: server / wrk / other | non-2xx / socket errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  row "Baseline \`GET /product\` (${baseline_detail_bytes} B)" baseline-product baseline-product
  row "Store \`GET /api/products/{id}\` (${detail_bytes} B, $(wc -l <"$work/product-ids.txt") random ids)" store-product baseline-product
  row "Baseline \`GET /list\` (24 items, ${baseline_list_bytes} B)" baseline-list baseline-list
  row "Store \`GET /api/products?category&minPrice&maxPrice&limit=24\` ($(wc -l <"$work/listing-paths.txt") queries over ${categories} categories, ${listing_items} items avg)" store-listing baseline-list
  echo
  echo "| Cache (warm-up and measured run) | Cache | Hits | Misses | Hit ratio |"
  echo "|---|---|---:|---:|---:|"
  cache_row "Store detail" "$work/cache0.txt" "$work/cache1.txt"
  cache_row "Store listing" "$work/cache2.txt" "$work/cache3.txt"
  if ((rounds > 0)); then
    echo
    echo "| Detail round | Baseline req/s | Store req/s | Store vs baseline | Baseline p99 (ms) | Store p99 (ms) |"
    echo "|---|---:|---:|---:|---:|---:|"
    for ((round = 1; round <= rounds; round++)); do
      echo "| $round ($(if ((round % 2)); then echo "baseline first"; else echo "store first"; fi)) |" \
        "$(fmt "$(field "baseline-product-$round" 2)") | $(fmt "$(field "store-product-$round" 2)") |" \
        "$(ratio1 "$(field "store-product-$round" 2)" "$(field "baseline-product-$round" 2)") |" \
        "$(field "baseline-product-$round" 4) | $(field "store-product-$round" 4) |"
    done
    echo "| **median** | | | **${median_ratio}%** | ${median_baseline_p99} ms | **${median_store_p99} ms** |"
  fi
  echo
  echo "| Catalog and memory | |"
  echo "|---|---:|"
  echo "| Catalog file | $(awk -v b="$catalog_bytes" 'BEGIN {printf "%.0f MiB", b / 1048576}') |"
  echo "| Import (reported by the importer) | $(fmt "$imported") products in ${import_seconds} s = **$(fmt "$import_rate") products/s** |"
  echo "| Import wall time incl. process start | ${import_wall} s |"
  echo "| Import CPU: import process / other processes | ${import_cores} / ${import_other} cores |"
  echo "| Import peak RSS | $((import_maxrss_kib / 1024)) MiB |"
  echo "| Data dir after import | $(awk -v b="$data_bytes" 'BEGIN {printf "%.0f MiB", b / 1048576}') ($data_files) |"
  echo "| Store RSS: ready, idle | ${store_rss_idle} MiB |"
  echo "| Store RSS: after the runs (VmRSS) / peak (VmHWM) | **${store_rss} MiB** / ${store_hwm} MiB |"
  echo "| Baseline RSS after the runs | ${baseline_rss} MiB |"
  echo
  echo "| Target | Measured | |"
  echo "|---|---|---|"
  echo "| Detail ≥ 50% of baseline requests/s | $(ratio1 "$(field store-product 2)" "$(field baseline-product 2)") | $(verdict "$(awk -v r="$detail_ratio" 'BEGIN {print (r >= 0.5)}')") |"
  echo "| Cached detail ≥ 70% of baseline requests/s | $(ratio1 "$(field store-product 2)" "$(field baseline-product 2)") | $(verdict "$(awk -v r="$detail_ratio" 'BEGIN {print (r >= 0.7)}')") |"
  echo "| Detail p99 < 10 ms at $connections connections | $(field store-product 4) ms | $(verdict "$(awk -v p="$(field store-product 4)" 'BEGIN {print (p < 10)}')") |"
  echo "| Cached detail p99 < 5 ms at $connections connections | $(field store-product 4) ms | $(verdict "$(awk -v p="$(field store-product 4)" 'BEGIN {print (p < 5)}')") |"
  if ((rounds > 0)); then
    echo "| Cached detail ≥ 70% of baseline, median of $rounds alternating rounds | ${median_ratio}% | $(verdict "$(awk -v r="$median_ratio" 'BEGIN {print (r >= 70)}')") |"
    echo "| Cached detail p99 < 5 ms, median of $rounds alternating rounds | ${median_store_p99} ms | $(verdict "$(awk -v p="$median_store_p99" 'BEGIN {print (p < 5)}')") |"
  fi
  if ((products >= 1000000)); then
    echo "| Listing p99 < 15 ms on 1M products | $(field store-listing 4) ms | $(verdict "$(awk -v p="$(field store-listing 4)" 'BEGIN {print (p < 15)}')") |"
    echo "| Import of 1M products < 2 min | ${import_seconds} s | $(verdict "$(awk -v s="$import_seconds" 'BEGIN {print (s < 120)}')") |"
    echo "| Store RSS < 1 GiB with 1M products | ${store_hwm} MiB peak | $(verdict "$((store_hwm < 1024))") |"
  else
    echo "| Listing p99 < 15 ms (target is for 1M products) | $(field store-listing 4) ms | — |"
    echo "| Import rate (target: 1M in < 2 min = 8,334/s) | $(fmt "$import_rate")/s | — |"
    echo "| Store RSS (target < 1 GiB at 1M) | ${store_hwm} MiB peak | — |"
  fi
} >"$report"
cp "$report" bench/results/latest.md
cp "$report" "bench/results/catalog-$products.md"
echo >&2
cat "$report"
