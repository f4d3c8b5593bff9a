import type { MarkdownRule } from '../markdown-rule';

/**
 * Fenced code with its language, whitespace kept exactly; the fence is longer than any
 * backtick run in the code, so the code can hold fences of its own.
 */
export const code: MarkdownRule<'code'> = (b) => {
  const longest = Math.max(0, ...(b.text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  // An info string of a backtick fence cannot hold backticks; only the first word is the language.
  const lang = (b.language ?? '').trim().split(/\s+/)[0]!.replace(/`/g, '');
  return b.text === '' ? `${fence}${lang}\n${fence}` : `${fence}${lang}\n${b.text}\n${fence}`;
};
