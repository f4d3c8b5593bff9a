/**
 * Code for a Hugo site: every complete shortcode in it (`{{< name >}}`, `{{% name %}}`) in
 * Hugo's comment form (a `/*` after the opening delimiter, a `*\/` before the closing one),
 * which Hugo prints as written. Hugo runs shortcodes before it reads the Markdown, inside code
 * spans and fences too, so a post that shows one (a tutorial) would otherwise run it: a
 * `rawhtml`-style shortcode of the theme would put the code's text into the page as HTML.
 * One scan, no backtracking.
 *
 * @example hugoLiteral('{{< youtube abc >}}') // → the same with `/*` and `*\/` inside the delimiters
 */
export function hugoLiteral(code: string): string {
  if (!code.includes('{{')) return code;
  let out = '';
  let from = 0;
  // Once a kind has no closing delimiter left, it has none further on either.
  const closed = { '<': true, '%': true };
  for (let i = code.indexOf('{{'); i !== -1; i = code.indexOf('{{', i + 2)) {
    const kind = code[i + 2];
    if ((kind !== '<' && kind !== '%') || !closed[kind] || code.startsWith('/*', i + 3)) continue;
    const close = kind === '<' ? '>' : '%';
    const end = code.indexOf(`${close}}}`, i + 3);
    if (end === -1) {
      closed[kind] = false;
      continue;
    }
    out += `${code.slice(from, i)}{{${kind}/*${code.slice(i + 3, end)}*/${close}}}`;
    from = end + 3;
    i = end + 1;
  }
  return out + code.slice(from);
}
