import type { WpPost } from '../schema/wp-post';
import { wpPost, type WpPostOverrides } from './wp-post';

/**
 * A block as the editor saves it: its name (`core/paragraph`, `my-plugin/card`), its
 * attributes (written in the block comment), and the HTML its `save()` prints. A block with
 * `innerBlocks` has them where `html` holds `<InnerBlocks />` (or, without that mark, before
 * its last closing tag: `<div class="wp-block-group"></div>`). A dynamic block (no saved HTML)
 * is self-closing; `rendered` is what the server prints for it, if anything.
 */
export interface GutenbergBlock {
  /** The block's name (`core/paragraph`, `my-plugin/card`). */
  name: string;
  /** The attributes written in its comment (`<!-- wp:heading {"level":3} -->`). */
  attributes?: Record<string, unknown>;
  /** The saved HTML; none for a dynamic block. */
  html?: string;
  /** Nested blocks, placed at `<InnerBlocks />` in `html` (or before its last closing tag). */
  innerBlocks?: GutenbergBlock[];
  /** What the server prints for a dynamic block. */
  rendered?: string;
}

const INNER = '<InnerBlocks />';

/**
 * A post written in the block editor, as WordPress 6.x's REST API sends it: `content.rendered`
 * is what `do_blocks` prints for the saved content (each block's HTML without its comment
 * delimiters, the blank lines between blocks kept, a dynamic block's `rendered` in its place).
 * `serializeBlocks` gives the saved content itself (`content.raw`, an export's `content:encoded`).
 * Core blocks' classes are as given: write `<h2 class="wp-block-heading">` as core's `save()` does.
 *
 * @param blocks - the blocks, top to bottom.
 * @param overrides - other fields of the post, as `wpPost` takes them.
 * @returns a REST post object, valid against `WpPostSchema`.
 * @example
 * const post = gutenbergPost([
 *   { name: 'core/heading', html: '<h2 class="wp-block-heading">Tides</h2>' },
 *   { name: 'core/paragraph', html: '<p>Twice a day.</p>' },
 * ]);
 * parsePost(post).editor; // 'gutenberg'
 */
export function gutenbergPost(blocks: GutenbergBlock[], overrides: WpPostOverrides = {}): WpPost {
  if (!Array.isArray(blocks)) throw new TypeError('gutenbergPost: `blocks` must be a list of blocks');
  return wpPost({ ...overrides, content: renderBlocks(blocks) });
}

/**
 * Blocks in WordPress's block grammar, as `serialize()` in `@wordpress/blocks` writes them:
 * `<!-- wp:name {"attr":1} -->` and `<!-- /wp:name -->` around the HTML (`core/` left out of
 * the name), attributes as JSON with `--`, `<`, `>`, `&` and `\"` written as unicode escapes
 * so that no comment can end early, a block without HTML self-closing (`<!-- wp:name /-->`),
 * blocks apart by a blank line.
 *
 * @example serializeBlocks([{ name: 'core/separator', html: '<hr class="wp-block-separator has-alpha-channel-opacity"/>' }])
 * // → '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->'
 */
export function serializeBlocks(blocks: GutenbergBlock[]): string {
  return blocks.map(serializeBlock).join('\n\n');
}

function serializeBlock(block: GutenbergBlock): string {
  const name = block.name.startsWith('core/') ? block.name.slice(5) : block.name;
  const attrs = block.attributes && Object.keys(block.attributes).length ? `${serializeAttributes(block.attributes)} ` : '';
  const content = withInner(block, serializeBlocks(block.innerBlocks ?? []));
  if (!content) return `<!-- wp:${name} ${attrs}/-->`;
  return `<!-- wp:${name} ${attrs}-->\n${content}\n<!-- /wp:${name} -->`;
}

function serializeAttributes(attributes: Record<string, unknown>): string {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

// do_blocks: the text between delimiters stays (the newlines inside them too), the delimiters go,
// and a dynamic block prints what its render callback returns.
function renderBlocks(blocks: GutenbergBlock[]): string {
  return blocks.map(renderBlock).join('\n\n');
}

function renderBlock(block: GutenbergBlock): string {
  const inner = (block.innerBlocks ?? []).map(renderBlock).join('\n\n');
  const content = withInner(block, inner);
  if (!block.html && !block.innerBlocks?.length) return block.rendered ?? '';
  return `\n${content}\n`;
}

function withInner(block: GutenbergBlock, inner: string): string {
  const html = block.html ?? '';
  if (!block.innerBlocks?.length) return html.replace(INNER, '');
  const at = html.includes(INNER) ? html.indexOf(INNER) : html.lastIndexOf('</');
  const cut = html.includes(INNER) ? INNER.length : 0;
  return at < 0 ? html + inner : html.slice(0, at) + inner + html.slice(at + cut);
}
