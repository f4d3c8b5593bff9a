import { autop } from '@wordpress/autop';

/**
 * Stored post content (`content.raw` of a `context=edit` response, `content:encoded` of an
 * export) as WordPress's `the_content` filters lay it out before the HTML is read: content
 * without blocks gets WordPress's paragraphs and line breaks (wpautop, through
 * `@wordpress/autop`, the editor's own port of the PHP function); content with blocks is left
 * as it is, since `do_blocks` switches wpautop off for it. Shortcodes, auto-embeds (a URL alone
 * on its line, now a paragraph of its own) and blocks are then read by the clean stage as they
 * are in rendered content.
 *
 * @param raw - `post_content` as stored.
 * @returns HTML as `the_content` would lay it out.
 * @example
 * renderStoredContent('One\nline\n\nTwo'); // '<p>One<br />\nline</p>\n<p>Two</p>\n'
 */
export function renderStoredContent(raw: string): string {
  if (hasBlocks(raw) || raw.trim() === '') return raw;
  return autop(raw);
}

// WordPress's has_blocks(): a block comment opener anywhere in the content.
function hasBlocks(content: string): boolean {
  return content.includes('<!-- wp:');
}
