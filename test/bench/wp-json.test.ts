import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCorpus, wpJson } from '../../bench/corpus';

// The benchmark's corpus is "copies of the seed post": they must be written the way the seed's
// own bytes were, as the REST API sends them.
describe('bench corpus encoding (wpJson)', () => {
  const raw = readFileSync(join(__dirname, '../../fixtures/elementor-seed-therapeutic-alliance/input.json'), 'utf8').replace(/\n$/, '');

  it('writes the seed post back byte for byte as WordPress sent it', () => {
    expect(wpJson(JSON.parse(raw))).toBe(raw);
  });

  it('escapes slashes and every non-ASCII character (astral ones as surrogate pairs), and reads back as the same value', () => {
    const value = { a: 'https://x.example/’é', b: ['😀', 'plain'] };
    const text = wpJson(value);
    expect(text).toBe('{"a":"https:\\/\\/x.example\\/\\u2019\\u00e9","b":["\\ud83d\\ude00","plain"]}');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('makes a pure-ASCII corpus by default, the same bytes every time', () => {
    const a = makeCorpus(20, join(__dirname, '../../fixtures'), 'elementor-seed');
    expect(a.every((p) => /^[\x20-\x7e]*$/.test(p.json))).toBe(true);
    expect(makeCorpus(20, join(__dirname, '../../fixtures'), 'elementor-seed').map((p) => p.json)).toEqual(a.map((p) => p.json));
  });
});
