#!/usr/bin/env bash
# Cross-node invalidation: two store processes on one SQLite file and one Redis, as two nodes behind a
# load balancer. For each of N products: read it through node B (now cached there), PATCH its price
# through node A, then poll B until it shows the new price. Reports the time from the PATCH's answer to
# B's first fresh read. B follows the change feed only every minute here, so what it shows comes
# through Redis pub/sub. Needs redis-server (apt-get install redis-server). See docs/BENCHMARKS.md.
set -euo pipefail

rounds=${1:-50}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
work=bench/.work/cache-nodes
rm -rf "$work"
mkdir -p "$work/data" "$work/redis" bench/results
server_dll=artifacts/bin/Winkel.Server/release/Winkel.Server.dll
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production

command -v redis-server >/dev/null || { apt-get update >/dev/null && apt-get install -y --no-install-recommends redis-server >/dev/null; }
[[ -f $server_dll ]] || dotnet build src/Winkel.Server -c Release -nologo -v quiet >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
redis_port=$(free_port)
a_port=$(free_port)
b_port=$(free_port)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
}
trap cleanup EXIT

redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --dir "$work/redis" --pidfile "$work/redis/redis.pid" \
  --logfile "$work/redis/redis.log" --save '' --appendonly no
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done

node() { # port poll-interval
  dotnet "$server_dll" --urls "http://127.0.0.1:$1" "--Winkel:DataDir=$work/data" --Winkel:Catalog:DemoProductCount=500 \
    --Winkel:Admin:Email=bench@example.com --Winkel:Admin:Password=bench-password-1 --Winkel:RateLimit:Enabled=false \
    "--Winkel:Redis:Configuration=127.0.0.1:$redis_port" "--Winkel:Catalog:ChangeFeedPollInterval=$2" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning \
    >"$work/node-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$1/health/ready" >/dev/null && return; sleep 0.2; done
  echo "node on port $1 did not become ready" >&2; exit 1
}
node "$a_port" 00:00:01 # A seeds the demo catalog first
node "$b_port" 00:01:00

python3 - "$a_port" "$b_port" "$rounds" <<'PY' | tee bench/results/cache-nodes.md
import json, statistics, sys, time, urllib.request
a, b, rounds = f"http://127.0.0.1:{sys.argv[1]}", f"http://127.0.0.1:{sys.argv[2]}", int(sys.argv[3])
def call(method, url, body=None, token=None):
    req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token: req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r: return json.loads(r.read() or b"null")
token = call("POST", a + "/api/auth/login", {"email": "bench@example.com", "password": "bench-password-1"})["accessToken"]
ids = [p["productId"] for p in call("GET", b + f"/api/products?limit={min(rounds, 100)}")["items"]]
ids = (ids * (rounds // len(ids) + 1))[:rounds]
waits, polls = [], []
for i, pid in enumerate(ids):
    old = call("GET", b + f"/api/products/{pid}")["price"]
    call("GET", b + f"/api/products/{pid}")          # cached on B now
    new = round(float(old) + 0.01 * (i + 1), 2)
    call("PATCH", a + f"/api/admin/products/{pid}", {"price": new}, token)
    patched, n = time.perf_counter(), 0
    while True:
        n += 1
        if abs(float(call("GET", b + f"/api/products/{pid}")["price"]) - new) < 0.001: break
        if time.perf_counter() - patched > 10: raise SystemExit(f"{pid}: node B still stale after 10 s")
    waits.append((time.perf_counter() - patched) * 1000); polls.append(n)
waits.sort()
q = lambda p: waits[min(len(waits) - 1, int(p * len(waits)))]
print(f"| PATCH on node A → new price on node B (Redis pub/sub, {rounds} products) | ms |")
print("|---|---:|")
print(f"| median | {statistics.median(waits):.1f} |")
print(f"| p90 | {q(0.9):.1f} |")
print(f"| max | {waits[-1]:.1f} |")
print(f"| reads of B until fresh: median / max | {statistics.median(polls):.0f} / {max(polls)} |")
PY
