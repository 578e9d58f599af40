#!/usr/bin/env bash
# The one command that passes every test on a fresh machine: restores, builds, checks formatting, then
# runs every test project inside a network namespace that has only loopback (see docs/testing.md).
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The real servers the tests use (tests/services/README.md): installed here, where registries are
# reachable, and started inside the test namespace below.
source tests/services/common.sh
services=()
for script in tests/services/*.sh; do
  name=$(basename "$script" .sh)
  [ "$name" = common ] && continue
  source "$script"
  services+=("$name")
done

echo "== install test services: ${services[*]}"
for service in "${services[@]}"; do "${service}_install"; done

echo "== restore and build"
dotnet restore Winkel.slnx
dotnet build Winkel.slnx --no-restore -c Release

echo "== format check"
dotnet format Winkel.slnx --no-restore --verify-no-changes

echo "== tests"
results="$PWD/artifacts/test-results"
rm -rf "$results"
export WINKEL_SERVICES_DIR="$PWD/artifacts/test-services"
run_tests() {
  rm -rf "$WINKEL_SERVICES_DIR"
  mkdir -p "$WINKEL_SERVICES_DIR"
  trap 'for service in "${services[@]}"; do "${service}_stop"; done' EXIT
  for service in "${services[@]}"; do
    echo "== start $service"
    "${service}_start"
  done
  dotnet test Winkel.slnx --no-build -c Release --results-directory "$results" --logger trx "$@"
}

# Tests talk only to loopback: run them in a namespace without any other network where we can.
if [ "$(id -u)" = "0" ] && command -v unshare >/dev/null && unshare -n true 2>/dev/null; then
  # Functions and the service list cross into the namespace's shell by source, not by export.
  export results
  unshare -n bash -c 'set -euo pipefail
    ip link set lo up 2>/dev/null || true
    source tests/services/common.sh
    services=('"${services[*]}"')
    for service in "${services[@]}"; do source "tests/services/$service.sh"; done
    '"$(declare -f run_tests)"'
    run_tests "$@"' _ "$@"
else
  (run_tests "$@")
fi

# One closing line over every project; a skipped test counts as a failure (an adapter whose real
# backend did not run must not pass quietly).
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
  skipped=$((skipped + $(sed -E 's/.* notExecuted="([0-9]+)".*/\1/' <<<"$counters")))
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ] && [ "$skipped" = 0 ]
