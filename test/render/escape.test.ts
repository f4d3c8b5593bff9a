import fc from 'fast-check';
import { parsePost, toMarkdown } from '../../src';
import { escapeLineStart, escapeMarkdown } from '../../src/render/markdown/escape';
import { markdownParser } from '../proof/markdown-structure';
import { checkMdx } from '../proof/mdx-check';

const md = markdownParser();
const escape = (t: string, mdx = false) => escapeLineStart(escapeMarkdown(t, { mdx }), { mdx });

/** The text markdown-it reads from one line, or null when it reads any structure or formatting. */
function readBack(markdown: string): string | null {
  const tokens = md.parse(markdown, {});
  if (tokens.length !== 3 || tokens[0]!.type !== 'paragraph_open') return null;
  const kids = tokens[1]!.children ?? [];
  return kids.every((k: { type: string }) => k.type === 'text') ? kids.map((k: { content: string }) => k.content).join('') : null;
}

describe('escapeMarkdown keeps text readable', () => {
  it.each([
    'snake_case and my__init__var and ~5 min',
    '[[wiki links]] and [1] and [a] b',
    'Costs $5, or $5.99 – 2024-05-06 at 10:30',
    '2 * 3 = 6 and a - b',
    'C# and F# are #1',
    'user@example.com and https://example.com/a_b?x=1&y=2',
    'ü_é and 東京_大阪',
  ])('%s stays literal without a backslash', (text) => {
    expect(escape(text)).toBe(text);
    expect(readBack(escape(text))).toBe(text);
  });
});

describe('escapeMarkdown escapes what would change the meaning', () => {
  it.each([
    ['*emphasis*', '\\*emphasis\\*'],
    ['_emphasis_', '\\_emphasis\\_'],
    ['__init__', '\\_\\_init\\_\\_'],
    ['`code`', '\\`code\\`'],
    ['[text](url)', '[text\\](url)'],
    ['[ref]: /url', '[ref\\]: /url'],
    ['~~strike~~', '\\~\\~strike\\~\\~'],
    ['&copy; &#169;', '\\&copy; \\&#169;'],
    ['<b>tag</b> <http://x.y>', '\\<b>tag\\</b> \\<http://x.y>'],
    ['a\\*b and end\\', 'a\\\\\\*b and end\\\\'],
    ['[^1] note', '\\[^1] note'],
  ])('%s → %s', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
    expect(readBack(escapeLineStart(escapeMarkdown(text)))).toBe(text);
  });

  it.each([
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a bullet', '\\- not a bullet'],
    ['+ not a bullet', '\\+ not a bullet'],
    ['1. not a list', '1\\. not a list'],
    ['2024) not a list', '2024\\) not a list'],
    ['```not a fence', '\\```not a fence'],
    ['- - -', '\\- - -'],
    ['===', '\\==='],
    ['| not a table', '\\| not a table'],
  ])('line start %s → %s', (line, escaped) => {
    expect(escapeLineStart(line)).toBe(escaped);
    expect(readBack(escaped)).toBe(line);
  });

  it('looks past any white space for the first character of a line, as /\\S/ does', () => {
    expect(escapeLineStart('  # a')).toBe('  \\# a');
    expect(escapeLineStart('\u3000\u00a0> a')).toBe('\u3000\u00a0\\> a');
    expect(escapeLineStart('\t1. a')).toBe('\t1\\. a');
    expect(escapeLineStart(' \u2028 ')).toBe(' \u2028 ');
    expect(escapeLineStart('')).toBe('');
    expect(escapeLineStart('\u200b# a')).toBe('\u200b# a');
  });

  it('leaves a line that starts with a code span: only a backtick run with no backtick after it opens a fence', () => {
    expect(escapeLineStart('``` `` {expr}  ``` after')).toBe('``` `` {expr}  ``` after');
    expect(escapeLineStart('```js')).toBe('\\```js');
    expect(escapeLineStart('````')).toBe('\\````');
    expect(escapeLineStart('  ```')).toBe('  \\```');
    expect(escapeLineStart('~~~ `x`')).toBe('\\~~~ `x`');
    // Found by the property sweep (seed 3524578): the escaped fence broke the span, and MDX
    // read the brace after it as an expression. Both readers now see one code span.
    const a = parsePost({ id: 1, content: { rendered: '<p><code>`` {expr} </code> after</p>' } });
    const plain = toMarkdown(a, { frontMatter: false });
    expect(plain).toBe('``` `` {expr}  ``` after\n');
    const tokens = md.parseInline(plain.trim(), {})[0]!.children!;
    expect(tokens.map((t: { type: string; content: string }) => [t.type, t.content])).toEqual([['code_inline', '`` {expr} '], ['text', ' after']]);
    const [mdx] = checkMdx([{ name: 'span', markdown: toMarkdown(a, { frontMatter: false, mdx: true }) }]);
    expect(mdx!.error).toBeNull();
  });

  it('escapes MDX syntax only in MDX mode', () => {
    expect(escapeMarkdown('a {b} <c> d > e')).toBe('a {b} \\<c> d > e');
    expect(escapeMarkdown('a {b} <c> d > e', { mdx: true })).toBe('a \\{b\\} \\<c\\> d \\> e');
    expect(escapeLineStart('import x from "y"', { mdx: true })).toBe('&#x69;mport x from "y"');
    expect(escapeLineStart('export const a = 1', { mdx: true })).toBe('&#x65;xport const a = 1');
    expect(escapeLineStart('important', { mdx: true })).toBe('important');
  });
});

// Text built from the characters Markdown cares about, one line, as inline content is.
const CHARS = ['a', 'b', '1', '9', ' ', '_', '*', '`', '[', ']', '(', ')', '!', '<', '>', '#', '-', '+', '.', '&', ';', '\\', '~', '|', '{', '}', ':', '$', '=', '"', 'é', '^', 'x', '/', '@'];
const line = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 24 })
  .map((cs) => cs.join('').trim().replace(/\s+/g, ' '))
  .filter((s) => s.length > 0);

describe('round trips', () => {
  it('markdown-it reads any escaped line back as exactly its text', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(readBack(escape(text))).toBe(text);
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('markdown-it reads a whole escaped text back when lone * and _ are kept', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(readBack(escapeLineStart(escapeMarkdown(text, { whole: true })))).toBe(text);
      }),
      { numRuns: 3000, seed: 11 },
    );
    expect(escapeMarkdown('*Footnote star and _lead', { whole: true })).toBe('*Footnote star and _lead');
  });

  it('@mdx-js/mdx compiles any escaped line and reads it back as exactly its text', () => {
    const texts = fc.sample(line, { numRuns: 300, seed: 7 });
    const results = checkMdx(texts.map((t, i) => ({ name: String(i), markdown: escape(t, true) })));
    results.forEach((r, i) => {
      expect({ text: texts[i], error: r.error }).toEqual({ text: texts[i], error: null });
      expect({ text: texts[i], events: r.events }).toEqual({ text: texts[i], events: [`p: ${texts[i]}`] });
    });
  });
});
