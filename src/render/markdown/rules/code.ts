import type { MarkdownRule } from '../markdown-rule';

/** Fenced code with its language; the fence is longer than any backtick run in the code. */
export const code: MarkdownRule<'code'> = (b) => {
  const longest = Math.max(0, ...(b.text.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${b.language ?? ''}\n${b.text}\n${fence}`;
};
