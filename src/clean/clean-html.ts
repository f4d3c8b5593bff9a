import { parseHtml, type Document } from '../dom/dom';
import type { Context } from '../context';
import type { Editor } from '../schema/article';
import { applyRules } from './apply-rules';
import { PostMarkup } from './detect-input';
import { detectEditor } from './detect-editor';
import { expandShortcodes } from './shortcodes/expand-shortcodes';

/** The clean DOM of a post's content and the editor that made it. */
export interface CleanResult {
  root: Document;
  editor: Editor;
}

/**
 * Parses content HTML once and cleans it in place: the rules of every profile that detects
 * the markup (plus the common rules) run in one walk, strongest profile first.
 *
 * @example cleanHtml('<div class="elementor-widget-heading">…</div>', ctx).editor // → 'elementor'
 */
export function cleanHtml(html: string, ctx: Context): CleanResult {
  const classList = normaliseClassList(ctx.post.class_list);
  const { active, editor } = detectEditor(ctx.options.profiles, new PostMarkup(html, classList, ctx.post.template ?? null));
  const root = parseHtml(html);
  ctx.document = root;
  // Shortcodes first: what their handlers emit is then cleaned by the rules like any markup.
  if (html.includes('[')) expandShortcodes(root, ctx);
  applyRules(root, active.flatMap((p) => p.rules), ctx);
  return { root, editor: editor === 'unknown' && html.trim() === '' ? 'unknown' : editor };
}

function normaliseClassList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).filter((v): v is string => typeof v === 'string');
  return [];
}
