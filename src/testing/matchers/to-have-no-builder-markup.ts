import { isArticle, quote, walkBlocks, wrongInput, type MatcherResult, type MatcherState } from './matcher-support';

/** A kind of leftover a page builder or the block editor leaves when its markup is not cleaned. */
export interface BuilderLeftover {
  /** What the failure message calls it (`builder shortcode`). */
  name: string;
  /** What finds it in the article's title, text and HTML (or in the string given). */
  pattern: RegExp;
}

// Shortcodes of the builders that write pages as shortcodes (Divi, WPBakery, Avada, Enfold,
// Beaver, Cornerstone, Themify, Flatsome, Salient, Tatsu, Jupiter), left as text when not run.
const SHORTCODE = /\[\/?(?:et_pb_|vc_|fusion_|av_|fl_builder|cs_|themify_|ux_|nectar_|tatsu_|mk_|(?:section|row|col|col_inner|row_inner)\b)[^\]\n]{0,200}\]/i;

/** What `toHaveNoBuilderMarkup` looks for, each with the name its failure gives. */
export const builderLeftovers: readonly BuilderLeftover[] = [
  { name: 'builder shortcode', pattern: SHORTCODE },
  { name: 'block comment', pattern: /<!--\s*\/?wp:[a-z]/i },
  { name: 'block comment as text', pattern: /\/?wp:[a-z][a-z0-9/-]*\s*(?:\{[^}]*\}\s*)?\/?-->/i },
  { name: 'builder class', pattern: /\bclass\s*=\s*["']?[^"'>]*\b(?:elementor-|e-con\b|e-flex\b|et_pb_|vc_|wpb_|fl-(?:row|col|module)|fusion-|wp-block-|brxe-|ct-section|so-panel|panel-grid|siteorigin-|themify_|tb_)/i },
  { name: 'builder data attribute', pattern: /\bdata-(?:elementor[\w-]*|widget_type|element_type|settings|id|vc-[\w-]+|et-[\w-]+|wp-[\w-]+|brx-[\w-]+)\s*=/i },
];

/**
 * Passes when nothing of a page builder's or the block editor's own markup is left: no
 * builder shortcodes (`[et_pb_section]`, `[vc_row]`…) in the text, no block comments
 * (`<!-- wp:paragraph -->`), no builder classes or data attributes (`elementor-…`, `wp-block-…`,
 * `data-widget_type`) in the HTML. Reads an Article (its title, text, HTML and every block's
 * HTML) or a string (Markdown, HTML, text). The failure says what was found and where.
 *
 * @example expect(parsePost(elementorPost({ widgets }))).toHaveNoBuilderMarkup();
 */
export function toHaveNoBuilderMarkup(this: MatcherState, received: unknown): MatcherResult {
  const places = placesOf(received);
  if (!places) return wrongInput('toHaveNoBuilderMarkup', 'an Article or a string', received);
  const found: string[] = [];
  for (const [where, value] of places) {
    for (const l of builderLeftovers) {
      const m = l.pattern.exec(value);
      if (m) found.push(`${l.name} ${quote(value.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20), 100)} in ${where}`);
    }
  }
  return {
    pass: found.length === 0,
    message: () =>
      found.length
        ? `expected no builder markup, but found ${found.length}:\n${found.slice(0, 8).map((f) => `  ${f}`).join('\n')}${found.length > 8 ? `\n  and ${found.length - 8} more` : ''}`
        : `expected builder markup, but found none (looked for ${builderLeftovers.map((l) => l.name).join(', ')})`,
  };
}

function placesOf(received: unknown): [string, string][] | null {
  if (typeof received === 'string') return [['the string', received]];
  if (!isArticle(received)) return null;
  const places: [string, string][] = [['title', received.title], ['text', received.text], ['html', received.html]];
  for (const { block, path } of walkBlocks(received.body)) {
    if ('html' in block && typeof block.html === 'string') places.push([`${path}.html`, block.html]);
  }
  return places;
}
