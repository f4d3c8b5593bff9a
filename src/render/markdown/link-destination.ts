/**
 * A link destination Markdown (and MDX) parsers read back unchanged: spaces and angle brackets
 * percent-encoded, unbalanced parentheses escaped.
 *
 * @example linkDestination('https://x.org/a (b).pdf') // → 'https://x.org/a%20(b).pdf'
 */
export function linkDestination(url: string): string {
  if (url === '') return '<>';
  // `<…>` destinations are not MDX; percent-encoding is read the same by every parser.
  const u = url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));
  let depth = 0;
  let balanced = true;
  for (const ch of u) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) balanced = false;
  }
  const escaped = u.replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\');
  return balanced && depth === 0 ? escaped : escaped.replace(/[()]/g, '\\$&');
}

/**
 * A link title (` "…"`, with the leading space) or `''` when there is none. Markdown decodes
 * entities in titles, so an `&` that starts one (the text `&lt;b&gt;`) is escaped too.
 *
 * @example linkTitle('Say "hi" &amp;') // → ' "Say \\"hi\\" \\&amp;"'
 */
export function linkTitle(title: string | null | undefined): string {
  if (!title) return '';
  return ` "${title.replace(/\s+/g, ' ').replace(/[\\"]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')}"`;
}
