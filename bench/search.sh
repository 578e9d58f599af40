#!/usr/bin/env bash
# Search benchmark: imports a generated catalog (or reuses an imported data folder), rebuilds the search
# index with the `reindex` verb (indexing rate, index size), starts the store (Release) and the bare
# Kestrel baseline on loopback, and measures /api/search — a text query with two filters and all four
# facets — with wrk beside the baseline in the same run. See docs/BENCHMARKS.md ("Search").
#
#   bench/search.sh [--products N | --1m] [--duration S] [--connections "8 32"] [--data DIR] [--keep]
#
# --data DIR reuses a data folder that already holds the imported catalog (it is copied, never changed).
set -euo pipefail

products=100000
duration=15
connections="8 32"
threads=2
warmup=5
reuse=
keep=
while (($#)); do
  case $1 in
    --products) products=${2:?}; shift 2 ;;
    --1m) products=1000000; shift ;;
    --duration) duration=${2:?}; shift 2 ;;
    --connections) connections=${2:?}; shift 2 ;; # one count, or several in quotes: "8 32"
    --data) reuse=${2:?}; shift 2 ;;
    --keep) keep=1; shift ;; # reuse the data folder and index of the previous run (skips import and reindex)
    *) echo "search.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

read -r -a connection_counts <<<"$connections"
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
work=bench/.work
mkdir -p "$work" bench/results
server_dll=artifacts/bin/Winkel.Server/release/Winkel.Server.dll
baseline_dll=artifacts/bin/Baseline/release/Baseline.dll
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production
quiet_logs=(--Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning)
log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'search.sh: %s\n' "$*" >&2; exit 1; }

pids=()
cleanup() { local pid; for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

source bench/tools.sh
need_tools wrk jq curl

log "building the store and the baseline (Release)"
for project in src/Winkel.Server bench/Baseline; do
  dotnet build "$project" -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; die "building $project failed"; }
done

catalog=$work/catalog-$products.jsonl
if [[ ! -s $catalog ]]; then
  log "generating $products products"
  dotnet "$server_dll" generate --products "$products" --out "$catalog.tmp" >"$work/generate.log" 2>&1 || die "generate failed"
  mv "$catalog.tmp" "$catalog"
fi

data=$work/search-data-$products
if [[ -n $keep && -s $data/search/current ]]; then
  log "reusing $data and its index"
elif true; then
rm -rf "$data"
mkdir -p "$data"
if [[ -n $reuse ]]; then
  log "copying the imported catalog from $reuse"
  cp "$reuse"/winkel.db "$data"/
else
  log "importing $products products"
  dotnet "$server_dll" import "$catalog" "--Winkel:DataDir=$data" >"$work/search-import.log" 2>&1 || die "import failed"
  tr '\r' '\n' <"$work/search-import.log" | grep -a 'Imported' >&2
fi

log "building the search index with the reindex verb"
# Peak RSS (KiB), user and system CPU seconds of the reindex process: on a shared machine the CPU time
# gives the rate per core-second, which the wall time does not.
/usr/bin/time -f '%M %U %S' -o "$work/reindex.time" dotnet "$server_dll" reindex "--Winkel:DataDir=$data" >"$work/reindex.log" 2>&1 ||
  { tail -20 "$work/reindex.log" >&2; die "reindex failed"; }
read -r rss_kib user_s sys_s <<<"$(tail -1 "$work/reindex.time")"
reindex_line="$(tr '\r' '\n' <"$work/reindex.log" | grep -a -o 'Indexed .*' | tail -1) CPU ${user_s} s user + ${sys_s} s system ($(awk -v n="$products" -v u="$user_s" -v s="$sys_s" 'BEGIN {printf "%.0f", n / (u + s)}') products per CPU-second), peak RSS $((rss_kib / 1024)) MiB"
echo "$reindex_line" >"$work/reindex.summary"
fi
reindex_line=$(cat "$work/reindex.summary" 2>/dev/null || echo "reindex not measured in this run")
echo "$reindex_line" >&2
index_mib=$(du -sm "$data/search" | cut -f1)

# Queries from real products: a word of the name, the product's category and a price ceiling, in stock.
step=$(((products + 1999) / 2000))
awk -v step="$step" '(NR - 1) % step == 0' "$catalog" |
  jq -r '(.name | ascii_downcase | [scan("[a-z]{4,}")] | .[length / 2 | floor] // "cadeau") as $w
    | "/api/search?q=\($w | @uri)&category=\(.category | @uri)&maxPrice=\(.price * 1.5 | ceil)&inStock=true&pageSize=24"' \
  >"$work/search-paths.txt"

free_port() { local port; for _ in {1..200}; do port=$((20000 + RANDOM % 40000)); [[ -z $(ss -Hltn "sport = :$port") ]] && { echo "$port"; return; }; done; die "no free port"; }
store=http://127.0.0.1:$(free_port)
baseline=http://127.0.0.1:$(free_port)
log "starting the store on $store and the baseline on $baseline"
dotnet "$server_dll" --urls "$store" "--Winkel:DataDir=$data" --Winkel:Catalog:Demo=false "${quiet_logs[@]}" >"$work/search-store.log" 2>&1 &
store_pid=$!; pids+=("$store_pid")
dotnet "$baseline_dll" --urls "$baseline" "${quiet_logs[@]}" >"$work/search-baseline.log" 2>&1 &
baseline_pid=$!; pids+=("$baseline_pid")
started=$SECONDS
until curl -fs -o /dev/null --max-time 2 "$store/health/ready"; do
  kill -0 "$store_pid" || die "the store exited (log: $work/search-store.log)"
  ((SECONDS - started < 300)) || die "the store was not ready after 300 s"
  sleep 0.5
done
until curl -fs -o /dev/null --max-time 2 "$baseline/health/ready"; do sleep 0.2; done
echo "store ready after $((SECONDS - started)) s (opens the index, no rebuild)" >&2
rss() { awk -v key="$2:" '$1 == key {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
total=$(head -50 "$work/search-paths.txt" | while read -r p; do curl -fsS "$store$p" | jq '.total'; done | awk '{n++; s += $1; z += ($1 == 0)} END {printf "%.0f average hits, %d of %d zero", s / n, z, n}')
echo "queries: $total; e.g. $(head -1 "$work/search-paths.txt")" >&2

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u); if (u == "us") n /= 1000; else if (u == "s") n *= 1000; printf "%.2f", n }'; }
hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
measure() { # name pid connections url [script args]
  local name=$1 pid=$2 c=$3 url=$4
  local out=$work/wrk-search-$name-c$c.txt
  local target=("$url")
  shift 4
  (($#)) && target=(-s "$1" "$url" -- "${@:2}")
  wrk -t"$threads" -c"$c" -d"${warmup}s" --timeout 5s "${target[@]}" >/dev/null
  local server0 busy0 started_ns
  server0=$(cpu_ticks "$pid"); busy0=$(busy_ticks)
  wrk -t"$threads" -c"$c" -d"${duration}s" --timeout 5s --latency "${target[@]}" >"$out"
  local server=$(($(cpu_ticks "$pid") - server0)) busy=$(($(busy_ticks) - busy0))
  local requests
  requests=$(awk '/requests in/ {print $1}' "$out")
  # Server CPU per request is the figure a busy machine disturbs least; the busy cores of the whole
  # machine say how much else ran (wrk itself takes about half a core).
  printf '%s, %s connections: %s req/s, p50 %s ms, p99 %s ms, non-2xx %s, server CPU %s µs/request, machine busy %s of 2 cores\n' \
    "$name" "$c" "$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$out")" \
    "$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")" "$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")" \
    "$(awk '/Non-2xx/ {print $NF}' "$out")" \
    "$(awk -v t="$server" -v hz="$hz" -v n="$requests" 'BEGIN {printf "%.0f", t / hz * 1e6 / n}')" \
    "$(awk -v b="$busy" -v hz="$hz" -v s="$duration" 'BEGIN {printf "%.2f", b / hz / s}')" | tee -a "$work/search-results.txt" >&2
}
: >"$work/search-results.txt"
log "load: wrk -t$threads -c${connections// /,}, ${duration} s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
for c in "${connection_counts[@]}"; do
  measure baseline-list "$baseline_pid" "$c" "$baseline/list"
  measure store-search "$store_pid" "$c" "$store" bench/paths.lua "$work/search-paths.txt" cycle
done
log "results ($products products)"
echo "reindex: $reindex_line; index on disk ${index_mib} MiB" >&2
echo "store RSS after the load: $(rss "$store_pid" VmRSS) MiB (peak $(rss "$store_pid" VmHWM) MiB)" >&2
cat "$work/search-results.txt" >&2
