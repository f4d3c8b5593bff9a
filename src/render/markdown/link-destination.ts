/**
 * A link destination Markdown parsers read back unchanged: `<…>` around URLs with spaces,
 * unbalanced parentheses escaped otherwise.
 *
 * @example linkDestination('https://x.org/a (b).pdf') // → '<https://x.org/a (b).pdf>'
 */
export function linkDestination(url: string): string {
  if (url === '') return '<>';
  if (/[\s<>]/.test(url)) return `<${url.replace(/[<>]/g, (c) => encodeURIComponent(c))}>`;
  let depth = 0;
  let balanced = true;
  for (const ch of url) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) balanced = false;
  }
  return balanced && depth === 0 ? url : url.replace(/[()]/g, '\\$&');
}
