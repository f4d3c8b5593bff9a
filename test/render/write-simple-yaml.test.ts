import fc from 'fast-check';
import { Document, isScalar, parse, visit } from 'yaml';
import { renderFrontMatter, yamlDate } from '../../src/render/front-matter';
import { readsAsItself } from '../../src/render/front-matter/reads-as-itself';
import { writeSimpleYaml } from '../../src/render/front-matter/write-simple-yaml';

// The library path the direct writer stands in for, with the slow, sure quoting test. Strings
// YAML 1.1 readers read apart from 1.2 (U+0085, U+2028, U+2029 end a line there; C1 controls,
// DEL, U+FEFF, U+FFFE, U+FFFF are escaped) or PyYAML refuses plain (a tab, `=`, `<<`) are
// quoted, and those characters escaped; lone surrogates are U+FFFD.
const ESCAPED = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
const escape = (c: string) => ({ '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' })[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).toUpperCase()}` : `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
const wellFormed = (v: unknown): unknown => {
  if (typeof v === 'string') return (v as string & { toWellFormed(): string }).toWellFormed();
  if (Array.isArray(v)) return v.map(wellFormed);
  if (v && typeof v === 'object' && !isScalar(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [wellFormed(k), wellFormed(x)]));
  return v;
};
const misread = (v: string) => {
  if (/[\t\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/.test(v) || v === '=' || v === '<<') return true;
  try {
    return parse(v, { version: '1.1', logLevel: 'error' }) !== v || parse(v, { logLevel: 'error' }) !== v;
  } catch {
    return true;
  }
};
const viaLibrary = (fields: Record<string, unknown>) => {
  const doc = new Document(wellFormed(fields));
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && node.type === undefined && misread(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = doc.toString({ lineWidth: 0 }).replace(ESCAPED, escape);
  return `---\n${yaml === '{}\n' ? '' : yaml}---\n`;
};

const chars = [...'aZyYnNoO eE09.:#-?%"\'\\\n\t@`{[,!&*|>~éß\u0085\u00a0\u2028\u0007\uD800/'];
const str = fc.array(fc.constantFrom(...chars), { maxLength: 10 }).map((a) => a.join(''));
const words = fc.constantFrom('Hello world', 'yes', 'No', 'null', '~', '1.0', '0x1F', '12', '-3', '.inf', '2024-01-01', 'a: b', 'x #y', '---', '--- x', '...', '%x', '- a', '? x', '@home', 'en-US', 'AnthonyBB08810', 'Therapeutic alliance: why');
// Titles, names and URLs: what the writer takes without further tests (`readsAsItself`).
const letters = [...'aZyYnNoOeEsStTrRuUfFlLéß'];
const plainish = fc
  .tuple(fc.constantFrom(...letters), fc.array(fc.constantFrom(...letters, ...' ,.\'’!?()&/_%+=~;@*-:#0123456789\u0301'), { maxLength: 14 }))
  .map(([first, rest]) => first + rest.join(''));
const text = fc.oneof(str, words, plainish);
const value = fc.oneof(
  text,
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double(),
  fc.boolean(),
  fc.array(text, { minLength: 1, maxLength: 3 }),
  text.map((s) => yamlDate(s)),
  fc.record({ key: text }),
);
const key = fc.oneof({ arbitrary: fc.constantFrom('title', 'slug', 'date', 'tags', 'author', 'yes', 'null', 'on', 'Off', 'y', '_x', 'a1', '12', 'true'), weight: 8 }, { arbitrary: str, weight: 1 });
const fields = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });

describe('writeSimpleYaml', () => {
  it('writes what the yaml library writes, byte for byte, whenever it answers', () => {
    let answered = 0;
    let plainValues = 0;
    fc.assert(
      fc.property(fields, (f) => {
        const direct = writeSimpleYaml(f, misread);
        for (const v of Object.values(f)) if (typeof v === 'string' && readsAsItself(v)) plainValues++;
        if (direct !== null) {
          answered++;
          expect(`---\n${direct}---\n`).toBe(viaLibrary(f));
        }
        // Through the public function too: its cached, short-cut quoting test must agree.
        expect(renderFrontMatter(f)).toBe(viaLibrary(f));
      }),
      { numRuns: 4000, seed: 11 },
    );
    // Not vacuous: the direct writer handled a good share of the cases.
    expect(answered).toBeGreaterThan(250);
    expect(plainValues).toBeGreaterThan(100);
  });

  it('writes strings that read as themselves plain, as the library does', () => {
    let plain = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('title', 'author', 'url', 'excerpt'), plainish, { minKeys: 1 }), (f) => {
        const direct = writeSimpleYaml(f, misread);
        expect(`---\n${direct}---\n`).toBe(viaLibrary(f));
        for (const v of Object.values(f)) if (readsAsItself(v)) plain++;
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(plain).toBeGreaterThan(1000);
  });

  it('writes a flat front matter and leaves nested values to the library', () => {
    expect(writeSimpleYaml({ title: 'a: b', count: 3, draft: false, tags: ['x', 'yes'] }, misread)).toBe('title: "a: b"\ncount: 3\ndraft: false\ntags:\n  - x\n  - "yes"\n');
    expect(writeSimpleYaml({ nav: { key: 'a' } }, misread)).toBeNull();
    expect(writeSimpleYaml({ title: 'line\nbreak' }, misread)).toBeNull();
    expect(isScalar(yamlDate('2024-01-01'))).toBe(true);
  });

  it('writes an empty front matter when every field is empty', () => {
    expect(renderFrontMatter({ title: null, tags: [], nav: { key: null } })).toBe('---\n---\n');
  });
});
