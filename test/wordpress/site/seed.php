<?php
// Installs and fills the test site: php seed.php <site dir> <export dir> <url>.
// Everything a migration meets: classic posts (paragraphs, captions, galleries, a bare embed
// URL, shortcodes of plugins that are not installed), block posts (a synced pattern, a list, a
// table), a custom type and taxonomy, a page hierarchy, media with alt text and captions, two
// authors, comments, drafts, private and future posts, non-Latin slugs. export.php then writes
// the WXR export.
[$_, $site, $out, $url] = $argv;
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

wp_install('Field Notes', 'admin', 'admin@example.org', true, '', 'admin-password-1');
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('timezone_string', 'Europe/London');
update_option('blogdescription', 'Walks & birds');
update_option('posts_per_page', 10);
// The mu-plugin registers its type on init, which already ran before the site existed.
do_action('init');
flush_rewrite_rules();

$mara = wp_insert_user(['user_login' => 'mara', 'user_pass' => 'mara-password-1', 'user_email' => 'mara@example.org', 'display_name' => 'Mara Quill', 'role' => 'author']);
$otto = wp_insert_user(['user_login' => 'otto', 'user_pass' => 'otto-password-1', 'user_email' => 'otto@example.org', 'display_name' => 'Otto Teal', 'role' => 'editor']);

$birds = wp_insert_term('Birds & Bees', 'category', ['slug' => 'birds'])['term_id'];
$walks = wp_insert_term('Walks', 'category', ['slug' => 'walks'])['term_id'];
$north = wp_insert_term('North', 'region', ['slug' => 'north'])['term_id'];
// A child category (for the categories block's hierarchy and padded counts) and an empty one.
$waders = wp_insert_term('Waders', 'category', ['slug' => 'waders', 'parent' => $birds])['term_id'];
wp_insert_term('Gulls', 'category', ['slug' => 'gulls']);

function image(string $name, int $w, int $h, int $parent, string $alt, string $caption): int {
	$dir = wp_upload_dir('2026/05');
	$path = $dir['path'] . '/' . $name;
	$im = imagecreatetruecolor($w, $h);
	imagefill($im, 0, 0, imagecolorallocate($im, 40 + strlen($name) * 7 % 200, 120, 160));
	imagejpeg($im, $path);
	$id = wp_insert_attachment(['post_mime_type' => 'image/jpeg', 'post_title' => pathinfo($name, PATHINFO_FILENAME), 'post_excerpt' => $caption, 'post_status' => 'inherit', 'post_date' => '2026-05-01 10:00:00'], $path, $parent);
	wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $path));
	update_post_meta($id, '_wp_attachment_image_alt', $alt);
	return $id;
}

function post(array $fields): int {
	$id = wp_insert_post($fields + ['post_status' => 'publish', 'post_type' => 'post'], true);
	if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
	return $id;
}

// A classic post: wpautop paragraphs and line breaks, a caption, a gallery of ids, a bare
// YouTube URL (auto-embedded; no network here, so WordPress links it), a shortcode of a plugin
// that is not installed, a featured image, categories, tags and a region.
$terns = post(['post_title' => 'Terns at dusk', 'post_name' => 'terns-at-dusk', 'post_author' => $mara, 'post_date' => '2026-05-06 19:30:00', 'post_category' => [$birds], 'tags_input' => ['estuary', 'summer'], 'post_content' => '']);
$tern = image('tern.jpg', 1600, 1067, $terns, 'A tern over the mud', 'Common tern, Blakeney');
$mud = image('mudflat.jpg', 1200, 800, $terns, 'Mudflats at low water', "Low water -- 'slack'");
$hide = image('hide.jpg', 900, 600, $terns, 'The bird hide', '');
wp_update_post(['ID' => $terns, 'post_content' => "The tide turned at six,\nand the terns came in low.\n\n[caption id=\"attachment_$tern\" align=\"alignnone\" width=\"640\"]<img class=\"size-large wp-image-$tern\" src=\"" . wp_get_attachment_url($tern) . "\" alt=\"A tern over the mud\" width=\"640\" height=\"427\" /> Common tern, Blakeney[/caption]\n\nhttps://www.youtube.com/watch?v=M7lc1UVf-VE\n\n[gallery ids=\"$mud,$hide\" columns=\"2\"]\n\n<h2>Counting the colony</h2>\nWe counted <strong>212 pairs</strong> on the spit, and <em>fewer</em> than last year.\n\n<ul>\n<li>Sandwich terns</li>\n<li>Common terns</li>\n<li>Little terns</li>\n</ul>\n\nWe left when the light went.\n\n\"Counting\" isn't easy -- the 'old hands' say so... A 6'2\" warden, a 3x4 grid, the '90s, and <code>\"raw\" -- text</code> kept as typed."]);
set_post_thumbnail($terns, $tern);
wp_set_object_terms($terns, [$north], 'region');

// A synced pattern and a block post that uses it, with a list, a table and a heading.
$pattern = post(['post_type' => 'wp_block', 'post_title' => 'Shore sign-off', 'post_content' => "<!-- wp:paragraph -->\n<p>Seen something? Write to the warden.</p>\n<!-- /wp:paragraph -->"]);
post(['post_title' => 'Notes on counting', 'post_name' => 'notes-on-counting', 'post_author' => $otto, 'post_date' => '2026-06-01 10:00:00', 'post_category' => [$walks], 'post_excerpt' => 'How we "count" birds on the shore -- in pairs...', 'post_content' =>
	"<!-- wp:paragraph -->\n<p>We count in pairs, never in flocks.</p>\n<!-- /wp:paragraph -->\n\n" .
	"<!-- wp:paragraph -->\n<p>Otto's rule: \"two's a pair\" -- and that's that.</p>\n<!-- /wp:paragraph -->\n\n" .
	"<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>count = \"pairs\" -- 'never' flocks...</code></pre>\n<!-- /wp:code -->\n\n" .
	"<!-- wp:heading -->\n<h2>Method</h2>\n<!-- /wp:heading -->\n\n" .
	"<!-- wp:list -->\n<ul><li>Walk the line</li><li>Count both sides</li></ul>\n<!-- /wp:list -->\n\n" .
	"<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><thead><tr><th>Species</th><th>Pairs</th></tr></thead><tbody><tr><td>Tern</td><td>212</td></tr></tbody></table></figure>\n<!-- /wp:table -->\n\n" .
	"<!-- wp:block {\"ref\":$pattern} /-->"]);

// Shortcodes of a builder that is not installed: left in the content as text by WordPress.
post(['post_title' => "Reed beds -- 'at last'", 'post_name' => 'reed-beds', 'post_author' => $mara, 'post_date' => '2026-06-10 08:00:00', 'post_category' => [$walks], 'post_content' => "[vc_row][vc_column][vc_column_text]Reed warblers sing from the beds.[/vc_column_text][/vc_column][/vc_row]"]);

// A non-Latin slug.
post(['post_title' => '京都の鳥', 'post_name' => '京都の鳥', 'post_author' => $otto, 'post_date' => '2026-06-20 08:00:00', 'post_category' => [$waders], 'tags_input' => ['summer'], 'post_content' => "鴨川でサギを見ました。\n\n春の朝でした。"]);

// A page hierarchy.
$about = post(['post_type' => 'page', 'post_title' => 'About', 'post_name' => 'about', 'post_author' => $mara, 'post_date' => '2026-04-01 10:00:00', 'post_content' => "We walk the north coast.\n\nEvery week."]);
post(['post_type' => 'page', 'post_title' => 'Our team', 'post_name' => 'our-team', 'post_parent' => $about, 'menu_order' => 2, 'post_author' => $mara, 'post_date' => '2026-04-02 10:00:00', 'post_content' => "Mara and Otto."]);

// Dynamic blocks WordPress renders from the site's posts and pages: an export holds only their
// comments, and readWxr renders them from the export.
post(['post_type' => 'page', 'post_title' => 'Site map', 'post_name' => 'site-map', 'post_author' => $mara, 'post_date' => '2026-04-03 10:00:00', 'post_content' =>
	"<!-- wp:paragraph -->\n<p>Every page:</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:page-list /-->\n\n" .
	"<!-- wp:heading -->\n<h2>By subject</h2>\n<!-- /wp:heading -->\n\n<!-- wp:categories {\"showHierarchy\":true,\"showPostCounts\":true} /-->\n\n<!-- wp:categories {\"showEmpty\":true,\"showOnlyTopLevel\":true} /-->\n\n" .
	"<!-- wp:categories {\"displayAsDropdown\":true,\"showHierarchy\":true,\"showPostCounts\":true} /-->\n\n<!-- wp:tag-cloud {\"showTagCounts\":true} /-->\n\n" .
	"<!-- wp:heading -->\n<h2>By month</h2>\n<!-- /wp:heading -->\n\n<!-- wp:archives {\"showPostCounts\":true} /-->\n\n<!-- wp:archives {\"type\":\"yearly\",\"displayAsDropdown\":true} /-->"]);
post(['post_title' => 'Latest notes', 'post_name' => 'latest-notes', 'post_author' => $otto, 'post_date' => '2026-06-30 10:00:00', 'post_content' => "<!-- wp:paragraph -->\n<p>The newest:</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:latest-posts {\"postsToShow\":3} /-->"]);

// A custom type with its taxonomy.
$trail = post(['post_type' => 'trail', 'post_title' => 'Spit walk', 'post_name' => 'spit-walk', 'post_author' => $otto, 'post_date' => '2026-05-20 09:00:00', 'post_content' => "Four miles of shingle.\n\nStart at the quay."]);
wp_set_object_terms($trail, [$north], 'region');

// Not published: a draft, a private post, a future post.
post(['post_status' => 'draft', 'post_title' => 'Winter plans', 'post_author' => $mara, 'post_date' => '2026-07-01 10:00:00', 'post_content' => 'Geese in January.']);
post(['post_status' => 'private', 'post_title' => 'Warden contacts', 'post_name' => 'warden-contacts', 'post_author' => $mara, 'post_date' => '2026-07-02 10:00:00', 'post_content' => 'Ask at the quay.']);
post(['post_status' => 'future', 'post_title' => 'Autumn passage', 'post_name' => 'autumn-passage', 'post_author' => $mara, 'post_date' => '2030-09-01 10:00:00', 'post_content' => 'Waders come through.']);

// Comments (one approved, one held): their e-mail and IP must never leave unpress.
wp_insert_comment(['comment_post_ID' => $terns, 'comment_author' => 'Ian', 'comment_author_email' => 'ian@example.net', 'comment_author_url' => 'https://ian.example.net', 'comment_author_IP' => '192.0.2.7', 'comment_content' => "Lovely evening -- wasn't it?", 'comment_approved' => 1, 'comment_date' => '2026-05-06 21:00:00']);
wp_insert_comment(['comment_post_ID' => $terns, 'comment_author' => 'Spam', 'comment_author_email' => 'spam@example.net', 'comment_content' => 'Buy now', 'comment_approved' => 0]);

// Filler posts for the crawl benchmark (`UNPRESS_WP_EXTRA_POSTS=1000`), none by default: the
// integration suite counts the posts above.
$extra = (int) (getenv('UNPRESS_WP_EXTRA_POSTS') ?: 0);
for ($i = 1; $i <= $extra; $i++) {
	post(['post_title' => "Filler $i", 'post_name' => "filler-$i", 'post_author' => $mara, 'post_date' => '2025-01-01 10:00:00', 'post_category' => [$walks], 'post_content' => "<!-- wp:paragraph -->\n<p>Filler post $i, for the crawl benchmark.</p>\n<!-- /wp:paragraph -->"]);
}

// An application password for the admin (context=edit: drafts and raw content).
$app = WP_Application_Passwords::create_new_application_password(1, ['name' => 'unpress tests']);
file_put_contents("$out/auth.txt", 'admin:' . $app[0]);

echo "seeded\n";
