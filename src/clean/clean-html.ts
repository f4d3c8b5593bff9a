import { parseHtmlWithClasses, type Document } from '../dom/dom';
import type { Context } from '../context';
import type { Editor } from '../schema/article';
import { applyRules } from './apply-rules';
import { detectEditor } from './detect-editor';
import type { DetectInput } from './profile';
import { expandShortcodes } from './shortcodes/expand-shortcodes';
import { hideEntityBrackets, restoreBrackets } from './shortcodes/literal-brackets';

/** The clean DOM of a post's content and the editor that made it. */
export interface CleanResult {
  root: Document;
  editor: Editor;
}

/**
 * Parses content HTML once and cleans it in place: the rules of every profile that detects
 * the markup (plus the common rules) run in one walk, strongest profile first. `rendered` says
 * the HTML is `content.rendered` (WordPress has run its shortcodes), not `content.raw`.
 *
 * @example cleanHtml('<div class="elementor-widget-heading">…</div>', ctx).editor // → 'elementor'
 */
export function cleanHtml(html: string, ctx: Context, rendered = true): CleanResult {
  // Parsed before detection: the class names every detector reads are collected by the parse
  // (a separate search of the raw HTML for them cost ~2% of the pipeline, measured).
  // Shortcodes are only looked for when there is a bracket; brackets written as entities are
  // text, and are kept from the parser's decoding until the shortcodes are done.
  const expand = html.includes('[');
  const hidden = expand ? hideEntityBrackets(html) : null;
  const { root, classNames } = parseHtmlWithClasses(hidden ?? html);
  const input: DetectInput = { html, classList: normaliseClassList(ctx.post.class_list), template: ctx.post.template ?? null, classNames };
  const { active, editor } = detectEditor(ctx.options.profiles, input);
  ctx.document = root;
  // Shortcodes first: what their handlers emit is then cleaned by the rules like any markup.
  if (expand) expandShortcodes(root, ctx, rendered);
  if (hidden !== null) restoreBrackets(root);
  applyRules(root, active.flatMap((p) => p.rules), ctx);
  return { root, editor: editor === 'unknown' && html.trim() === '' ? 'unknown' : editor };
}

function normaliseClassList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') return Object.values(value).filter((v): v is string => typeof v === 'string');
  return [];
}
