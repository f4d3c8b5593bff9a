<?php
// The real wptexturize() for the integration suite: php texturize.php <site dir> reads a JSON list
// of strings on stdin and prints the JSON list of what WordPress makes of each.
[$_, $site] = $argv;
$_SERVER['HTTP_HOST'] = 'localhost';
$_SERVER['REQUEST_URI'] = '/';
require $site . '/wp-load.php';
$in = json_decode(stream_get_contents(STDIN), true);
echo json_encode(array_map(fn($s) => wptexturize($s), $in), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
