#!/usr/bin/env bash
# Checkout benchmark on the embedded profile: many guests check out one-line carts against a few hot
# products, with durable commits (SQLite WAL, synchronous=FULL). Reports orders/s, p50/p99 and the
# oversell count (must be 0), then cart writes/s, then a sell-out run where most checkouts get 409.
# Everything runs on 127.0.0.1 and stops by itself. Writes bench/results/checkout.md. See docs/BENCHMARKS.md.
set -euo pipefail

customers=64
duration=15
while (($#)); do
  case $1 in
    --customers) customers=${2:?}; shift 2 ;;
    --duration) duration=${2:?}; shift 2 ;;
    -h | --help) echo "usage: bench/checkout.sh [--customers N] [--duration S]"; exit 0 ;;
    *) echo "checkout.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production
work=bench/.work/checkout
rm -rf "$work" && mkdir -p "$work" bench/results
dotnet build src/Winkel.Server -c Release -v q -nologo >/dev/null
dotnet build bench/CheckoutLoad -c Release -v q -nologo >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
dotnet artifacts/bin/Winkel.Server/release/Winkel.Server.dll --urls "$url" --Winkel:DataDir="$work/data" \
  --Winkel:Catalog:Demo=false --Winkel:Admin:Email=bench@example.com --Winkel:Admin:Password=bench-password-1 \
  --Winkel:RateLimit:Enabled=false \
  --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning \
  >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do curl -fs "$url/health/ready" >/dev/null && break; sleep 0.2; done

token=$(curl -fs "$url/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"bench-password-1"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
product() { # id stock
  curl -fs -o /dev/null "$url/api/admin/products" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"productId\":\"$1\",\"category\":\"bench\",\"name\":\"Hot product $1\",\"price\":19.99,\"stock\":$2}"
}
for i in 1 2 3; do product "hot-$i" 1000000; product "scarce-$i" 300; done

load=artifacts/bin/CheckoutLoad/release/CheckoutLoad.dll
echo "== checkout: $customers customers, ${duration}s, 3 hot products"
checkout=$(dotnet "$load" --url "$url" --customers "$customers" --duration "$duration" --products hot-1,hot-2,hot-3 | tee /dev/stderr)
echo "== cart writes: $customers customers, ${duration}s"
cart=$(dotnet "$load" --url "$url" --customers "$customers" --duration "$duration" --mode cart --products hot-1,hot-2,hot-3 | tee /dev/stderr)
echo "== sell-out: $customers customers, 10s, 3 products with 300 units each"
sellout=$(dotnet "$load" --url "$url" --customers "$customers" --duration 10 --products scarce-1,scarce-2,scarce-3 | tee /dev/stderr)
rss=$(awk '/VmHWM/ {print int($2 / 1024) " MiB"}' "/proc/$server/status")
db=$(du -sh "$work/data" | cut -f1)

{
  echo "## Checkout, embedded profile — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "\`bench/checkout.sh --customers $customers --duration $duration\` at commit $(git rev-parse --short HEAD); $(nproc) cores; load generator and store share them."
  echo
  echo '```'
  echo "$checkout"
  echo "$cart"
  echo "$sellout"
  echo "store peak RSS: $rss; data folder: $db"
  echo '```'
} | tee bench/results/checkout.md
grep -q '^oversold=0$' <<<"$checkout" && grep -q '^oversold=0$' <<<"$sellout"
