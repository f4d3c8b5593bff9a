#!/usr/bin/env bash
# Stops what start.sh started.
dir=${UNPRESS_WP_DIR:-/tmp/unpress-wp}
port=${UNPRESS_WP_PORT:-8890}
pkill -f "php -S 127.0.0.1:$port" 2>/dev/null || true
pkill -f "php -S 127.0.0.1:$((port + 1))" 2>/dev/null || true
[ -f "$dir/run/mysql.pid" ] && kill "$(cat "$dir/run/mysql.pid")" 2>/dev/null || true
exit 0
