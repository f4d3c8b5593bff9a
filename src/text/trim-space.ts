/**
 * Linear stand-ins for the trimming patterns that backtrack: `/\s+$/`, `/[ \t]+$/gm` and
 * `/^(\s*)([\s\S]*?)(\s*)$/` try every position of a long run of spaces that does not end the
 * text (30,000 spaces then a letter took seconds). `trimStart` and `trimEnd` strip exactly `\s`.
 */

/**
 * The text's leading space, its core and its trailing space (`\s` runs), as
 * `/^(\s*)([\s\S]*?)(\s*)$/` reads them.
 *
 * @example splitOuterSpace('  a b ') // → ['  ', 'a b', ' ']
 */
export function splitOuterSpace(text: string): [lead: string, core: string, trail: string] {
  const core = text.trim();
  if (core === '') return [text, '', ''];
  const start = text.length - text.trimStart().length;
  return [text.slice(0, start), core, text.slice(start + core.length)];
}

/**
 * Spaces and tabs removed from the end of every line, as `text.replace(/[ \t]+$/gm, '')` does
 * (`$` with `m` is before `\n`, `\r`, U+2028 and U+2029, and at the end).
 *
 * @example trimLineEnds('a  \nb\t') // → 'a\nb'
 */
export function trimLineEnds(text: string): string {
  // One line that does not end in a space or tab (most inline Markdown) is its own result.
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x20 && last !== 0x09 && !LINE_END.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) continue;
    let end = i;
    while (end > from && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
    out += text.slice(from, end) + (i < text.length ? text[i] : '');
    from = i + 1;
  }
  return out;
}

const LINE_END = /[\n\r\u2028\u2029]/;

/**
 * Every run of `\s` that holds a line feed replaced by one space, as
 * `text.replace(/\s*\n\s*\/g, ' ')` does.
 *
 * @example joinLines('a \n  b\n\nc') // → 'a b c'
 */
export function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let out = lines[0]!.trimEnd();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const last = i === lines.length - 1;
    const piece = last ? line.trimStart() : line.trim();
    // A line of spaces only is inside the run: it adds nothing.
    if (piece === '' && !last) continue;
    out += ` ${piece}`;
  }
  return out;
}
