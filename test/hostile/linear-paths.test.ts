import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontMatterPresets, parsePost, toMarkdown } from '../../src';
import { frontMatterOf } from '../support/yaml11';

// Speed is measured by `npm run bench -- --linear`; these tests hold what makes it linear: the
// shapes convert and read back, fields are capped, and no pattern is built from input or
// backtracks over a run of spaces.
const presets = Object.keys(frontMatterPresets) as (keyof typeof frontMatterPresets)[];
const post = (over: Record<string, unknown>) => ({ id: 3, slug: 'shapes-written', title: { rendered: 'A plain title' }, content: { rendered: '<p>Body</p>' }, ...over });

describe('long titles, excerpts and shortcode runs', () => {
  it.each([
    ['50,000 [ in the title', { title: { rendered: '['.repeat(50_000) } }],
    ['50,000 [ in the excerpt', { excerpt: { rendered: '['.repeat(50_000) } }],
    ['{{‹ × 33,000 in the title', { title: { rendered: '{{&lsaquo;'.repeat(33_000) } }],
    ['&lsaquo; × 30,000 in the excerpt', { excerpt: { rendered: '&lsaquo;'.repeat(30_000) } }],
    ['[a] × 16,000 then [/a] × 12,000 in the title', { title: { rendered: '[a]'.repeat(16_000) + '[/a]'.repeat(12_000) } }],
  ])('%s: every preset writes a front matter that reads back as the article', (_name, over) => {
    const a = parsePost(post(over));
    for (const preset of presets) {
      const read = parse(frontMatterOf(toMarkdown(a, { frontMatter: preset }))) as Record<string, unknown>;
      expect(read.title).toBe(a.title);
    }
  });

  it('shortcode runs and 40,000 spaces inside text convert to the same text', () => {
    const a = parsePost(post({ content: { rendered: `<p>${'[a]'.repeat(4_000)}${'[/a]'.repeat(3_000)}</p>` } }));
    expect(a.text).toBe('[a]'.repeat(1_000));
    const spaced = parsePost(post({ content: { rendered: `<p><em>x${' '.repeat(40_000)}y</em></p><table><tr><td>a${' '.repeat(40_000)}b\nc</td></tr></table><pre><code>z${' '.repeat(40_000)}z</code></pre>` }, excerpt: { rendered: `x${' '.repeat(40_000)}y` } }));
    expect(spaced.excerpt).toBe('x y');
    expect(toMarkdown(spaced, { frontMatter: false })).toContain('*x y*');
  });
});

describe('excerpts and titles with many unclosed openers', () => {
  it('read-more links, scripts and comments are removed when closed and kept as text when not', () => {
    const excerpt = (rendered: string) => parsePost(post({ excerpt: { rendered } })).excerpt;
    expect(excerpt('<p>Intro <a class="more-link" href="/x">Read <b>more</b></a> end <A CLASS="x more-link">again</A></p>')).toBe('Intro end');
    expect(excerpt('Tip<script>alert(1)</SCRIPT >top<!-- note -->s')).toBe('Tip top s');
    expect(excerpt(`${'<a class="more-link">'.repeat(4_000)}kept`)).toBe('kept');
    expect(parsePost(post({ title: { rendered: `${'<script>'.repeat(12_000)}T` } })).title).toBe('T');
    expect(parsePost(post({ title: { rendered: `${'<!--'.repeat(20_000)}T-->x` } })).title).toBe('x');
  });
});

describe('maxFieldLength', () => {
  it('cuts title and excerpt with a field_truncated warning, never inside a surrogate pair', () => {
    const a = parsePost(post({ title: { rendered: `${'t'.repeat(9)}😀 tail` }, excerpt: { rendered: 'e'.repeat(30) } }), { maxFieldLength: 10 });
    expect(a.title).toBe('t'.repeat(9));
    expect(a.excerpt).toBe('e'.repeat(10));
    expect(a.warnings.filter((w) => w.code === 'field_truncated').map((w) => [w.path, w.message])).toEqual([
      ['title.rendered', 'title.rendered of 16 characters was cut to 10 (maxFieldLength)'],
      ['excerpt.rendered', 'excerpt.rendered of 30 characters was cut to 10 (maxFieldLength)'],
    ]);
  });

  it('defaults to 100,000 characters', () => {
    const a = parsePost(post({ title: { rendered: 'x'.repeat(150_000) } }));
    expect(a.title.length).toBe(100_000);
    expect(a.warnings.map((w) => w.code)).toContain('field_truncated');
    expect(() => parsePost(post({}), { maxFieldLength: 0 })).toThrow(TypeError);
  });
});

// Every TypeScript file under src.
function sources(dir = join(__dirname, '../../src')): [string, string][] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [[path, readFileSync(path, 'utf8')] as [string, string]] : [];
  });
}

describe('regular expressions (source audit)', () => {
  it('none is built from input: `new RegExp` only copies a literal or joins a constant list', () => {
    const built = sources().flatMap(([path, text]) => (text.match(/new RegExp\([^\n]*/g) ?? []).map((m) => `${path.replace(/.*\/src\//, '')}: ${m.slice(0, 60)}`));
    // Each of these joins constants of its own file (word lists, character ranges, a tag body).
    expect(built).toEqual([
      "clean/profiles/noise/app-placeholders.ts: new RegExp(`^${WORDS}\\\\s*(?:\\\\.{2,}|…)$`, 'i');",
      "clean/profiles/noise/app-placeholders.ts: new RegExp(`^${WORDS}\\\\s*(?:\\\\.{2,}|…)?$`, 'i');",
      "cli/printable.ts: new RegExp(`[\\\\u0000-\\\\u0008\\\\u000a-\\\\u001f\\\\u007f-\\\\u009f\\\\",
      "cli/safe-file-name.ts: new RegExp(`[${BIDI_CONTROLS}]`, 'g');",
      "extract/body/inline.ts: new RegExp(`<(${[...EMPTY_DROPPED].join('|')})(?: [^>]*)?>(\\",
      // wptexturize's rules, joined from the file's constants; `needle` is a quote mark the file passes.
      "sources/wxr/wptexturize.ts: new RegExp(source, 'g');",
      "sources/wxr/wptexturize.ts: new RegExp(`(?<=\\\\d)${needle}`, 'g');",
      "text/decode.ts: new RegExp(String.raw`<\\/?(?:p|div|br|li|h[1-6]|tr|blockquot",
      "text/decode.ts: new RegExp(String.raw`<(?:[a-z]${TAG_BODY}|[/!?][^>]{0,2000}",
      'text/replace-found.ts: new RegExp(pattern.source, pattern.flags.replace(\'g\', \'\'));',
    ]);
  });

  it('no pattern backtracks over a run of spaces (`\\s+$`, `[ \\t]+$` with `m`, a lazy core before `(\\s*)$`)', () => {
    const code = (text: string) => text.split('\n').filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l)).join('\n');
    const shapes = ['/\\s+$/', '/\\s*$/', '/[ \\t]+$/', '*?)(\\s*)$/', '/\\s*\\n\\s*/', '/\\s*\\['];
    const found = sources().flatMap(([path, text]) => shapes.filter((shape) => code(text).includes(shape)).map((shape) => `${path.replace(/.*\/src\//, '')}: ${shape}`));
    expect(found).toEqual([]);
  });
});
