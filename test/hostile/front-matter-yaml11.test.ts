import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontMatterPresets, parsePost, renderFrontMatter, toMarkdown, type Article } from '../../src';
import { frontMatterOf, yaml11Differences, yaml11Missing } from '../support/yaml11';

const presets = Object.keys(frontMatterPresets) as (keyof typeof frontMatterPresets)[];
const FIXTURES = join(__dirname, '../../fixtures');

// Texts that a YAML 1.1 reader (Jekyll's Psych, PyYAML) and a 1.2 reader would read apart if
// written raw: line breaks only 1.1 knows, characters 1.1 refuses, a lone surrogate.
const vectors = [
  'Care that works\u2028permalink:\u2028/index.html',
  'A title\u2029layout: redirect\u2029redirect_to: https://evil.example/',
  'Ends here\u2028---\u2028title: other',
  'Next line\u0085published: false',
  // A YAML 1.1 timestamp to PyYAML and Psych (an empty fraction), a string to the yaml library.
  '2024-05-06 07:08:09.',
  '2024-5-6T7:08:09 +2',
  '\u2028leading break',
  'trailing break\u2029',
  'C1 \u0080\u009f and DEL \u007f',
  'Non-characters \ufffe\uffff and a \ufeff mark',
  'lone \ud800 high and \udc00 low',
  'pair \ud83d\ude00 stays',
];

const post = (title: string) => ({
  id: 9, slug: 'yaml11-written', link: 'https://old.example/2024/05/yaml11/', date: '2024-05-06T09:08:09', date_gmt: '2024-05-06T07:08:09',
  title: { rendered: title }, excerpt: { rendered: `<p>${title}</p>` }, content: { rendered: `<p>${title}</p>` },
  _embedded: { author: [{ id: 1, name: title, slug: 'a' }], 'wp:term': [[{ id: 1, name: title, slug: 'c', taxonomy: 'category' }], [{ id: 2, name: title, slug: 't', taxonomy: 'post_tag' }]] },
});

describe('front matter reads the same to YAML 1.1 and 1.2 readers', () => {
  it('every vector: quoted and escaped, one key per field, same values (lone surrogates → U+FFFD)', () => {
    for (const v of vectors) {
      const a = parsePost(post(v));
      for (const preset of presets) {
        const fm = frontMatterOf(toMarkdown(a, { frontMatter: preset }));
        expect(fm).not.toMatch(/[\u0085\u2028\u2029\u007f-\u009f\ufeff\ufffe\uffff]/);
        const read = parse(fm) as Record<string, unknown>;
        expect(read.title).toBe(a.title);
        expect(Object.keys(read)).not.toContain('permalink:');
        expect(Object.keys(read).filter((k) => ['layout', 'redirect_to', 'published'].includes(k) && read[k] !== parse(frontMatterOf(toMarkdown({ ...a, title: 'x' } as Article, { frontMatter: preset })))[k])).toEqual([]);
      }
    }
  });

  it('a lone surrogate becomes U+FFFD with a lone_surrogate warning naming the field', () => {
    const a = parsePost(post('lone \ud800 high'));
    expect(a.title).toBe('lone \ufffd high');
    // One warning per code and message, at its first place, counting the others.
    expect(a.warnings.filter((w) => w.code === 'lone_surrogate')).toEqual([expect.objectContaining({ path: 'title.rendered', message: expect.stringMatching(/U\+FFFD \(×6\)$/) })]);
    expect(renderFrontMatter({ title: 'x\udc00' })).toBe('---\ntitle: x\ufffd\n---\n');
  });

  it('escapes with YAML\'s own names', () => {
    expect(renderFrontMatter({ title: 'a\u2028b\u2029c\u0085d\u0081e\ufeff' })).toBe('---\ntitle: "a\\Lb\\Pc\\Nd\\x81e\\uFEFF"\n---\n');
    expect(renderFrontMatter({ nested: { list: ['\u2028'] } })).toBe('---\nnested:\n  list:\n    - "\\L"\n---\n');
  });

  (yaml11Missing ? it.skip : it)(`PyYAML (libyaml and pure) reads every vector, preset and fixture as the yaml library does${yaml11Missing ? ` — ${yaml11Missing}` : ''}`, () => {
    const docs: string[] = [];
    for (const v of vectors) {
      const a = parsePost(post(v));
      for (const preset of presets) docs.push(frontMatterOf(toMarkdown(a, { frontMatter: preset })));
      docs.push(renderFrontMatter({ title: v, tags: [v, 'x'], nested: { [v.replace(/[\ud800-\udfff]/g, '')]: v } }).slice(4, -4));
    }
    for (const name of readdirSync(FIXTURES)) {
      const file = join(FIXTURES, name, 'expected.article.json');
      if (!existsSync(file)) continue;
      const article = JSON.parse(readFileSync(file, 'utf8')) as Article;
      for (const preset of presets) docs.push(frontMatterOf(toMarkdown(article, { frontMatter: preset })));
    }
    expect(yaml11Differences(docs)).toEqual([]);
  });
});
