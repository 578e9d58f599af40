# DynamoDB Local (the official jar, carried by the npm package amplify-dynamodb-simulator) for the
# DynamoDB storage adapter's contract tests and the multi-node test.

dynamodb_port=${WINKEL_DYNAMODB_PORT:-48000}
dynamodb_version=2.9.30
dynamodb_cache=${WINKEL_CACHE_DIR:-$HOME/.cache/winkel}/dynamodb-local-$dynamodb_version

dynamodb_install() {
  command -v java >/dev/null || apt_install openjdk-17-jre-headless
  command -v curl >/dev/null || apt_install curl
  if [ ! -f "$dynamodb_cache/DynamoDBLocal.jar" ]; then
    local tmp
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "amplify-dynamodb-simulator@$dynamodb_version" >/dev/null \
      && tar xzf "amplify-dynamodb-simulator-$dynamodb_version.tgz" package/emulator)
    mkdir -p "$(dirname "$dynamodb_cache")"
    rm -rf "$dynamodb_cache"
    mv "$tmp/package/emulator" "$dynamodb_cache"
    rm -rf "$tmp"
  fi
}

dynamodb_answers() {
  curl -sf -X POST "http://127.0.0.1:$dynamodb_port" -H 'X-Amz-Target: DynamoDB_20120810.ListTables' \
    -H 'Content-Type: application/x-amz-json-1.0' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=local/20260101/eu-west-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0' \
    -d '{}'
}

dynamodb_start() {
  local dir="$WINKEL_SERVICES_DIR/dynamodb"
  mkdir -p "$dir"
  # In memory: every test makes tables of its own prefix, and nothing needs to outlive the run.
  (cd "$dynamodb_cache" && exec java -Xmx1g -Djava.library.path=./DynamoDBLocal_lib -jar DynamoDBLocal.jar \
    -inMemory -disableTelemetry -port "$dynamodb_port" >"$dir/dynamodb.log" 2>&1) &
  echo $! >"$dir/dynamodb.pid"
  wait_until 60 dynamodb_answers
  export WINKEL_TEST_DYNAMODB="http://127.0.0.1:$dynamodb_port"
}

dynamodb_stop() {
  local pidfile="$WINKEL_SERVICES_DIR/dynamodb/dynamodb.pid"
  if [ -f "$pidfile" ]; then
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  fi
}
