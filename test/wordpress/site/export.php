<?php
// Writes a WXR export with WordPress's own export_wp() (Tools → Export):
// php export.php <site dir> <file> [content] [start date] [end date], content being `all` or a
// post type (the dates apply to a type only, as in the export screen). One export per process:
// export_wp() declares its helper functions when it runs.
[$_, $site, $file] = $argv;
$_SERVER['HTTP_HOST'] = 'localhost';
$_SERVER['REQUEST_URI'] = '/';
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/export.php';
$args = ['content' => $argv[3] ?? 'all'];
if (isset($argv[4])) $args += ['start_date' => $argv[4], 'end_date' => $argv[5]];
ob_start();
export_wp($args);
file_put_contents($file, ob_get_clean());
