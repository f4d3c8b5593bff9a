#!/usr/bin/env bash
# Starts a real WordPress for the integration suite, from Debian's packages, on loopback only:
# MariaDB on a private socket, `php -S 127.0.0.1:$PORT`, the site installed and filled by
# seed.php, and its WXR export written with WordPress's own export_wp(). Prints the variables
# the tests read (eval "$(test/wordpress/site/start.sh)"). Needs: wordpress mariadb-server php-cli
# php-mysql php-xml php-gd php-mbstring. Everything lives under $UNPRESS_WP_DIR (default /tmp/unpress-wp).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${UNPRESS_WP_DIR:-/tmp/unpress-wp}
port=${UNPRESS_WP_PORT:-8890}
url="http://127.0.0.1:$port"
rm -rf "$dir" && mkdir -p "$dir/db" "$dir/run" "$dir/export"

# MariaDB: a data directory of our own, no TCP, the socket in $dir/run.
mariadb-install-db --no-defaults --datadir="$dir/db" --auth-root-authentication-method=normal --skip-test-db >"$dir/mariadb-install.log" 2>&1
(mariadbd --no-defaults --datadir="$dir/db" --socket="$dir/run/mysql.sock" --pid-file="$dir/run/mysql.pid" \
  --skip-networking --user=root >"$dir/mariadb.log" 2>&1 &)
for _ in $(seq 1 60); do [ -S "$dir/run/mysql.sock" ] && break; sleep 0.5; done
mariadb --no-defaults --socket="$dir/run/mysql.sock" -uroot -e "CREATE DATABASE wp CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"

# WordPress: Debian's files copied (its own wp-config.php reads /etc/wordpress by host name).
cp -a /usr/share/wordpress "$dir/site"
mkdir -p "$dir/site/wp-content/mu-plugins" "$dir/site/wp-content/uploads"
cp "$here/mu-plugin.php" "$dir/site/wp-content/mu-plugins/unpress-test.php"
cp "$here/router.php" "$dir/site/router.php"
cat >"$dir/site/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:$dir/run/mysql.sock'); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
define('WP_HOME', '$url'); define('WP_SITEURL', '$url');
define('WP_ENVIRONMENT_TYPE', 'local'); define('WP_HTTP_BLOCK_EXTERNAL', true); define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_DEBUG', false);
\$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP
php "$here/seed.php" "$dir/site" "$dir/export" "$url" >"$dir/seed.log"
# The export as Tools → Export writes it: everything in one file, and the same site split into
# files by type and date (posts in two halves, pages, media, trails, patterns), as people export
# a big site in parts.
php "$here/export.php" "$dir/site" "$dir/export/all.xml"
mkdir -p "$dir/export/split"
php "$here/export.php" "$dir/site" "$dir/export/split/posts-1.xml" post 2026-01-01 2026-05-31
php "$here/export.php" "$dir/site" "$dir/export/split/posts-2.xml" post 2026-06-01 2031-12-31
for type in page attachment trail wp_block; do php "$here/export.php" "$dir/site" "$dir/export/split/$type.xml" "$type"; done

(PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$port" -t "$dir/site" "$dir/site/router.php" >"$dir/php.log" 2>&1 &)
# The same site behind a server that does not route /wp-json/ (for the ?rest_route= fallback).
(UNPRESS_PLAIN=1 php -S "127.0.0.1:$((port + 1))" -t "$dir/site" "$dir/site/router.php" >"$dir/php-plain.log" 2>&1 &)
for _ in $(seq 1 40); do curl -fsS "$url/wp-json/" >/dev/null 2>&1 && break; sleep 0.25; done
echo "export UNPRESS_WP_URL=$url UNPRESS_WP_PLAIN_URL=http://127.0.0.1:$((port + 1)) UNPRESS_WP_EXPORT=$dir/export UNPRESS_WP_AUTH=$(cat "$dir/export/auth.txt")"
