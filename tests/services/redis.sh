# Redis from Debian, for the cache (L2, cross-node invalidation) and the cloud profile.

redis_port=${WINKEL_REDIS_PORT:-46379}

redis_install() {
  command -v redis-server >/dev/null || apt_install redis-server
}

redis_start() {
  local dir="$WINKEL_SERVICES_DIR/redis"
  mkdir -p "$dir"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --dir "$dir" \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --save '' --appendonly no
  wait_until 10 redis-cli -p "$redis_port" ping
  export WINKEL_TEST_REDIS="127.0.0.1:$redis_port"
}

redis_stop() {
  redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
}
