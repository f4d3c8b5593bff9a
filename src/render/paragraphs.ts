/**
 * The paragraphs of a block's inline html: list items, quotes without children and footnotes
 * mark them with `<br><br>` (white space between allowed). Only breaks outside every element
 * split: a pair inside formatting (`<sup>x<br><br>y</sup>`, as the input had it) is a line
 * break in that formatting, and splitting there wrote `<p><sup>x</p><p>y</sup></p>`.
 *
 * @example splitParagraphs('a<br><br><em>b<br><br>c</em>') // → ['a', '<em>b<br><br>c</em>']
 */
export function splitParagraphs(html: string): string[] {
  if (!html.includes('<br>')) return [html];
  const parts: string[] = [];
  let from = 0;
  // Elements open at `scanned`: every tag from the last position up to a pair is counted once.
  let depth = 0;
  let scanned = 0;
  for (const m of html.matchAll(PAIR)) {
    depth = depthAfter(html, scanned, m.index, depth);
    scanned = m.index;
    if (depth > 0) continue;
    parts.push(html.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(html.slice(from));
  return parts;
}

const PAIR = /<br>\s*<br>/g;
const VOID = new Set(['br', 'img']);

// The open elements after the tags in html[from, to), starting from `depth` (never below 0:
// html built by hand may close more than it opens).
function depthAfter(html: string, from: number, to: number, depth: number): number {
  let d = depth;
  for (let i = html.indexOf('<', from); i !== -1 && i < to; i = html.indexOf('<', i + 1)) {
    if (html[i + 1] === '/') d = Math.max(0, d - 1);
    else if (!VOID.has(/^[a-z0-9]*/i.exec(html.slice(i + 1, i + 12))![0].toLowerCase())) d++;
  }
  return d;
}
