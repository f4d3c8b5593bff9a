<?php
/**
 * Plugin Name: unpress test site
 * Description: A custom type and taxonomy in REST, as plugins add them, for unpress's integration suite.
 */
add_action('init', function () {
	register_post_type('trail', [
		'label' => 'Trails', 'public' => true, 'show_in_rest' => true, 'rest_base' => 'trails', 'has_archive' => true,
		'supports' => ['title', 'editor', 'excerpt', 'thumbnail', 'author', 'custom-fields'],
		'taxonomies' => ['region'],
	]);
	register_taxonomy('region', ['post', 'trail'], ['label' => 'Regions', 'public' => true, 'show_in_rest' => true, 'hierarchical' => true]);
});

// No mail leaves the test site (there is no sendmail).
if (!function_exists('wp_mail')) {
	function wp_mail() { return true; }
}

// The test machine has no network: YouTube's oEmbed answer is given here, as YouTube gives it,
// so the site renders embeds as a site online does.
add_filter('pre_oembed_result', function ($result, $url) {
	if (!preg_match('~^https?://(?:www\.)?youtube\.com/watch\?v=([\w-]+)~', $url, $m)) return $result;
	return '<iframe title="YouTube video" width="500" height="281" src="https://www.youtube.com/embed/' . $m[1] . '?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe>';
}, 10, 2);

// `X-Unpress-Test: flaky-<run>` on a request: the first request of the run for each URL answers
// 429 with Retry-After, as a rate-limited host does; the next one is served.
add_action('init', function () {
	$run = $_SERVER['HTTP_X_UNPRESS_TEST'] ?? '';
	if (!str_starts_with($run, 'flaky-')) return;
	$key = 'unpress_flaky_' . md5($run . $_SERVER['REQUEST_URI']);
	if (get_option($key)) return;
	update_option($key, 1, false);
	status_header(429);
	header('Retry-After: 1');
	header('Content-Type: application/json');
	echo '{"code":"too_many_requests","message":"Slow down"}';
	exit;
}, 0);

// `X-Unpress-Test: rest-off`: the REST API refuses everyone who is not logged in, as the plugins
// that switch it off do.
add_filter('rest_authentication_errors', function ($result) {
	if (($_SERVER['HTTP_X_UNPRESS_TEST'] ?? '') !== 'rest-off' || is_user_logged_in()) return $result;
	return new WP_Error('rest_cannot_access', 'Only authenticated users can access the REST API.', ['status' => 401]);
});
