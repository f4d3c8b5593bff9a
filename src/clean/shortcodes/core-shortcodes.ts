/**
 * The shortcodes WordPress itself registers. `content.rendered` has been through
 * `do_shortcode` (and `[embed]` through `WP_Embed`), so one of these left in it was not run:
 * it was escaped (`[[gallery]]` renders as `[gallery]`) or sat where shortcodes do not run,
 * and the reader saw it as text. In `content.raw` they still need expanding.
 */
export const coreShortcodes: ReadonlySet<string> = new Set(['caption', 'wp_caption', 'gallery', 'playlist', 'audio', 'video', 'embed']);
