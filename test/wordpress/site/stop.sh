#!/usr/bin/env bash
# Stops what start.sh started, and waits (up to 15 s) for MariaDB to finish shutting down.
dir=${UNPRESS_WP_DIR:-/tmp/unpress-wp}
port=${UNPRESS_WP_PORT:-8890}
pkill -f "php -S 127.0.0.1:$port" 2>/dev/null || true
pkill -f "php -S 127.0.0.1:$((port + 1))" 2>/dev/null || true
if [ -f "$dir/run/mysql.pid" ]; then
  pid=$(cat "$dir/run/mysql.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
fi
exit 0
