<?php
// `php -S` router: files that exist are served as they are; everything else is WordPress
// (pretty permalinks and /wp-json/ without Apache's rewrite rules).
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
// UNPRESS_PLAIN=1: a server that does not pass /wp-json/ to WordPress (pretty permalinks off, or
// no rewrite rules): the REST API answers only at ?rest_route=.
if (getenv('UNPRESS_PLAIN') === '1' && str_starts_with($path, '/wp-json')) { http_response_code(404); echo 'Not Found'; return; }
if ($path !== '/' && is_file(__DIR__ . $path) && !str_ends_with($path, '.php')) return false;
if (str_ends_with($path, '.php') && is_file(__DIR__ . $path)) { require __DIR__ . $path; return; }
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/index.php';
