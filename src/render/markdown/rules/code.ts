import { hugoLiteral } from '../hugo-literal';
import type { MarkdownRule } from '../markdown-rule';

/**
 * Fenced code with its language, whitespace kept exactly; the fence is longer than any
 * backtick run in the code, so the code can hold fences of its own. For Hugo, shortcodes in it
 * are written so Hugo shows them instead of running them (`hugoLiteral`).
 */
export const code: MarkdownRule<'code'> = (b, ctx) => {
  const text = ctx.hugo ? hugoLiteral(b.text) : b.text;
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  // An info string of a backtick fence cannot hold backticks; only the first word is the language.
  const lang = (b.language ?? '').trim().split(/\s+/)[0]!.replace(/`/g, '');
  return text === '' ? `${fence}${lang}\n${fence}` : `${fence}${lang}\n${text}\n${fence}`;
};
