/**
 * Code for a Hugo site, written so Hugo prints it as it is. Hugo runs shortcodes (`{{< … >}}`,
 * `{{% … %}}`) before it reads the Markdown, inside code spans and fences too, so a post that
 * shows one (a tutorial) would otherwise run it: a `rawhtml`-style shortcode of the theme would
 * put the code's text into the page as HTML.
 *
 * - An opener with a closing delimiter after it takes Hugo's comment form (a `/*` after the
 *   opener, a `*\/` before the closing delimiter), which Hugo prints without the markers, so
 *   the code reads as written, whatever is inside (a comment form already there included: it is
 *   shown, not applied).
 * - An opener with none after it would stop Hugo's build ("unclosed shortcode action"), and the
 *   comment form needs one: a word joiner (U+2060, invisible) goes between its braces and its
 *   `<` or `%`, so it reads the same and is no opener.
 *
 * Every position is an opener's possible start, as in Hugo's lexer (`{{{<` opens at its second
 * brace). One scan, no backtracking.
 *
 * @example hugoLiteral('{{< youtube abc >}}') // → the same with `/*` and `*\/` inside the delimiters
 */
export function hugoLiteral(code: string): string {
  if (!code.includes('{{')) return code;
  let out = '';
  let from = 0;
  // Once a kind has no closing delimiter left, it has none further on either.
  const closed = { '<': true, '%': true };
  for (let i = code.indexOf('{{'); i !== -1; i = code.indexOf('{{', i + 1)) {
    const kind = code[i + 2];
    if (kind !== '<' && kind !== '%') continue;
    const close = `${kind === '<' ? '>' : '%'}}}`;
    const end = closed[kind] ? code.indexOf(close, i + 3) : -1;
    out += code.slice(from, i);
    if (end === -1) {
      closed[kind] = false;
      out += `{{${WORD_JOINER}${kind}`;
      from = i + 3;
      i += 2;
    } else {
      out += `{{${kind}/*${code.slice(i + 3, end)}*/${close}`;
      from = end + 3;
      i = end + 2;
    }
  }
  return out + code.slice(from);
}

const WORD_JOINER = '\u2060';
