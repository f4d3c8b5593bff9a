import { frontMatterPresets, renderFrontMatter, toMarkdown } from '../../src';
import { makeArticle } from '../render/make-article';
import { frontMatterOf, yaml11Differences, yaml11Missing } from '../support/yaml11';
import { fc, runs } from './config';

// Characters where YAML readers part ways (1.1-only line breaks, refused controls, a BOM, lone
// surrogates), YAML indicators and keyword-like words, around any other code point.
const special = fc.constantFrom('\u0085', '\u2028', '\u2029', '\u0080', '\u009f', '\u007f', '\ufeff', '\ufffe', '\uffff', '\t', '\n', '\r', ' ', ':', '#', '-', '?', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '{', '}', '[', ']', ',', '=', '<', '\\', '~', '.', '0', '1', '_', '+', 'x', 'e', 'y', 'n', 'o');
const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const unit = fc.oneof({ weight: 6, arbitrary: special }, { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: lone });
const words = fc.constantFrom('yes', 'No', 'off', 'y', '~', 'null', '1:20', '0b101', '0o17', '0x1F', '1_000', '+1', '.5', '1e3', '.inf', '.NaN', '=', '<<', '2024-05-06', '2024-05-06 07:08:09', '---', '...', '- a', '? a', 'a: b', 'a #b');
const text = fc.oneof(fc.string({ unit, maxLength: 12 }), words, fc.tuple(words, fc.string({ unit, maxLength: 4 })).map(([w, s]) => w + s));
const presets = Object.keys(frontMatterPresets) as (keyof typeof frontMatterPresets)[];

describe('front matter, YAML 1.1 and 1.2 (property)', () => {
  (yaml11Missing ? it.skip : it)(`any strings: PyYAML reads the keys and values the yaml library reads${yaml11Missing ? ` — ${yaml11Missing}` : ''}`, () => {
    const samples = fc.sample(fc.tuple(text, text, text), { numRuns: Math.max(200, runs * 4) });
    const docs: string[] = [];
    for (const [a, b, c] of samples) {
      docs.push(renderFrontMatter({ title: a, description: b, tags: [c, a], nested: { author: { name: c } } }).slice(4, -4));
      const article = makeArticle([], { title: a, excerpt: b, author: { id: 1, name: c, slug: 'c', url: null }, tags: [{ id: 1, name: c, slug: 'c' }] });
      for (const preset of presets) docs.push(frontMatterOf(toMarkdown(article, { frontMatter: preset })));
    }
    expect(yaml11Differences(docs)).toEqual([]);
  });
});
