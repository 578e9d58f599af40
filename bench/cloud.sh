#!/usr/bin/env bash
# Cloud-profile benchmark: the same catalog imported into the embedded profile (SQLite) and the cloud
# profile (DynamoDB Local + Redis on this machine), then product detail and category listing (wrk) and
# checkout (bench/CheckoutLoad) against each, in one run. Reports requests/s, latency and the Redis (L2)
# cache hit ratio. Everything listens on 127.0.0.1 and stops on exit. See docs/BENCHMARKS.md.
set -euo pipefail

products=2000
duration=10
connections=32
while (($#)); do
  case $1 in
    --products) products=${2:?}; shift 2 ;;
    --duration) duration=${2:?}; shift 2 ;;
    --connections) connections=${2:?}; shift 2 ;;
    -h | --help) echo "usage: bench/cloud.sh [--products N] [--duration S] [--connections C]"; exit 0 ;;
    *) echo "cloud.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production
work=$root/bench/.work/cloud
rm -rf "$work" && mkdir -p "$work" bench/results
server=artifacts/bin/Winkel.Server/release/Winkel.Server.dll
load=artifacts/bin/CheckoutLoad/release/CheckoutLoad.dll
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

source tests/services/common.sh
WINKEL_DYNAMODB_PORT=$(free_port) source tests/services/dynamodb.sh
dynamodb_install
command -v redis-server >/dev/null || apt_install redis-server
dotnet build src/Winkel.Server -c Release -v q -nologo >/dev/null
dotnet build bench/CheckoutLoad -c Release -v q -nologo >/dev/null

echo "== DynamoDB Local on 127.0.0.1:$dynamodb_port, Redis"
WINKEL_SERVICES_DIR=$work dynamodb_start
pids+=("$(cat "$work/dynamodb/dynamodb.pid")")
redis_port=$(free_port)
redis-server --daemonize no --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no >"$work/redis.log" 2>&1 &
pids+=($!)
dynamo=(--Winkel:Storage:Provider=DynamoDb "--Winkel:DynamoDb:ServiceUrl=$WINKEL_TEST_DYNAMODB" --Winkel:DynamoDb:TablePrefix=bench-)

echo "== $products products, imported into both profiles"
dotnet "$server" generate --products "$products" --out "$work/catalog.jsonl" >/dev/null
dotnet "$server" tables create "${dynamo[@]}"
dotnet "$server" import "$work/catalog.jsonl" "--Winkel:DataDir=$work/data" --Winkel:Catalog:Demo=false | tr '\r' '\n' | tail -1
dotnet "$server" import "$work/catalog.jsonl" "${dynamo[@]}" --Winkel:Catalog:Demo=false | tr '\r' '\n' | tail -1
jq -r '"/api/products/" + .productId' "$work/catalog.jsonl" >"$work/product-paths.txt"
jq -r '"/api/products?category=" + .category + "&minPrice=" + (.price * 0.5 | floor | tostring) + "&maxPrice=" + (.price * 2 | floor | tostring) + "&limit=24"' \
  "$work/catalog.jsonl" | awk 'NR <= 500' >"$work/listing-paths.txt"

start_store() { # name args...
  local name=$1; shift
  local port; port=$(free_port)
  dotnet "$server" --urls "http://127.0.0.1:$port" --Winkel:Catalog:Demo=false "--Winkel:DataDir=$work/data" \
    --Winkel:Admin:Email=bench@example.com --Winkel:Admin:Password=bench-password-1 \
    --Winkel:RateLimit:Enabled=false --Logging:LogLevel:Default=Warning "$@" >"$work/$name.log" 2>&1 &
  echo $! >"$work/$name.pid"
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done
  echo "http://127.0.0.1:$port"
}

rps() { awk '/Requests\/sec/ {printf "%.0f", $2}' "$1"; }
p50() { awk '/ 50%/ {print $2}' "$1"; }
p99() { awk '/ 99%/ {print $2}' "$1"; }

report=()
for profile in embedded cloud; do
  if [ "$profile" = cloud ]; then
    url=$(start_store cloud "${dynamo[@]}" "--Winkel:Redis:Configuration=127.0.0.1:$redis_port")
  else
    url=$(start_store embedded)
  fi
  pids+=("$(cat "$work/$profile.pid")") # started in a subshell: its pid comes back through a file
  echo "== $profile at $url"
  redis-cli -p "$redis_port" config resetstat >/dev/null
  for kind in product listing; do
    mode=random; [ "$kind" = listing ] && mode=cycle
    wrk -t2 -c"$connections" -d3s --timeout 5s -s bench/paths.lua "$url" -- "$work/$kind-paths.txt" "$mode" >/dev/null
    wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s --latency -s bench/paths.lua "$url" -- "$work/$kind-paths.txt" "$mode" >"$work/$profile-$kind.txt"
    report+=("| $profile | $kind | $(rps "$work/$profile-$kind.txt") | $(p50 "$work/$profile-$kind.txt") | $(p99 "$work/$profile-$kind.txt") |")
    echo "${report[-1]}"
  done
  hits=$(redis-cli -p "$redis_port" info stats | awk -F: '/keyspace_hits/ {print $2+0}')
  misses=$(redis-cli -p "$redis_port" info stats | awk -F: '/keyspace_misses/ {print $2+0}')
  token=$(curl -fs "$url/api/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench-password-1"}' | jq -r .accessToken)
  for i in 1 2 3 4 5 6 7 8; do
    curl -fs -o /dev/null "$url/api/admin/products" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"productId\":\"hot-$i\",\"category\":\"bench\",\"name\":\"Hot product $i\",\"price\":19.99,\"stock\":1000000}"
  done
  checkout=$(dotnet "$load" --url "$url" --customers 16 --duration "$duration" --products hot-1,hot-2,hot-3,hot-4,hot-5,hot-6,hot-7,hot-8 | head -1)
  report+=("| $profile | checkout (16 buyers, 8 products) | $(sed -E 's/.*rate=([0-9]+)\/s.*/\1/' <<<"$checkout") | $(sed -E 's/.*p50=([0-9.]+ms).*/\1/' <<<"$checkout") | $(sed -E 's/.*p99=([0-9.]+ms).*/\1/' <<<"$checkout") |")
  echo "${report[-1]}"
  [ "$profile" = cloud ] && report+=("| cloud | Redis L2 hit ratio during the reads | $hits hits, $misses misses | | |")
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'
done

{
  echo "## Cloud profile beside the embedded profile — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "\`bench/cloud.sh --products $products --duration $duration --connections $connections\` at commit $(git rev-parse --short HEAD); $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)."
  echo
  echo "| profile | what | requests/s | p50 | p99 |"
  echo "| --- | --- | --- | --- | --- |"
  printf '%s\n' "${report[@]}"
} | tee bench/results/cloud.md
