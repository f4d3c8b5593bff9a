const BARE_AMP = /&(?![a-zA-Z][a-zA-Z0-9]*;|#\d+;|#x[0-9a-fA-F]+;)/g;

/** Text for HTML made by a block renderer (titles are stored HTML: `&` is escaped only when bare). */
export function html(text: string): string {
  return text.replace(BARE_AMP, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * WordPress's `esc_html` / `esc_attr` (`_wp_specialchars` with `ENT_QUOTES`, entities kept):
 * quotes too, as `&quot;` and `&#039;`, which wptexturize then leaves straight.
 */
export function escHtml(text: string): string {
  return html(text).replace(/"/g, '&quot;').replace(/'/g, '&#039;');
}
