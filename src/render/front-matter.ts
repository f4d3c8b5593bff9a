import { Document, isScalar, parse, visit } from 'yaml';
import type { Article } from '../schema/article';
import { frontMatterPresets, type FrontMatterPreset } from './front-matter/presets';
import { readsAsItself } from './front-matter/reads-as-itself';
import { writeSimpleYaml } from './front-matter/write-simple-yaml';
import { yamlDate } from './front-matter/yaml-date';
import { NEEDS_YAML_ESCAPE, escapeYamlText } from './front-matter/yaml-escapes';
import { toWellFormed } from '../text/well-formed';
import { own } from '../text/own';

export { yamlDate };

/**
 * Maps an article to the front-matter fields of one generator. `body` is the Markdown written
 * below the front matter (the built-in presets read it to switch off template processing of a
 * body that would be read as a template).
 */
export type FrontMatterMapper = (article: Article, body: string) => Record<string, unknown>;

/** What `toMarkdown`'s `frontMatter` option accepts: a preset name, your mapper, or `false`. */
export type FrontMatterOption = FrontMatterPreset | FrontMatterMapper | false;

/**
 * The mapper for a `frontMatter` option (`null` for none).
 *
 * @throws TypeError for an unknown preset name.
 * @example resolveFrontMatter('hugo')(article) // → { title, date, lastmod, draft, … }
 */
export function resolveFrontMatter(option: FrontMatterOption | undefined): FrontMatterMapper | null {
  if (option === false) return null;
  if (option === undefined) return frontMatterPresets.default;
  if (typeof option === 'function') return option;
  const preset = own(frontMatterPresets, option);
  if (!preset) throw new TypeError(`toMarkdown: unknown frontMatter preset "${String(option)}" (use ${Object.keys(frontMatterPresets).join(', ')}, a function or false)`);
  return preset;
}

/**
 * YAML front matter (`---` … `---`) through the `yaml` library. Null, undefined and empty-list
 * values are left out (generators should see no `key: null`); `Date`s are written as ISO
 * timestamps; every other string that a YAML 1.1 or 1.2 reader would take for something else
 * (`yes`, `no`, `on`, `null`, `1.0`, `2024-01-01`, `: `, a leading `@`) is double-quoted, and so
 * is every string holding a character YAML 1.1 reads as a line break (U+0085, U+2028, U+2029)
 * or refuses raw, written as its escape (`\N`, `\L`, `\P`, `\x9F`); lone surrogates become U+FFFD.
 *
 * @example renderFrontMatter({ title: 'yes', tags: [] }) // → '---\ntitle: "yes"\n---\n'
 */
export function renderFrontMatter(fields: Record<string, unknown>): string {
  // Every field empty prunes to nothing: an empty front matter (the library would write `null`).
  const pruned = prune(fields) ?? {};
  // Flat mappings of plain values (every preset's usual output) are written directly; the
  // library (a document, a visit and a stringify per post) writes the rest.
  const simple = typeof pruned === 'object' && !Array.isArray(pruned) && !isScalar(pruned) ? writeSimpleYaml(pruned as Record<string, unknown>, misread) : null;
  if (simple !== null) return `---\n${simple}---\n`;
  const doc = new Document(pruned);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && node.type === undefined && misread(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = escapeYamlText(doc.toString({ lineWidth: 0 }));
  return `---\n${yaml === '{}\n' ? '' : yaml}---\n`;
}

function prune(value: unknown): unknown {
  // A lone surrogate cannot be written (YAML 1.1 readers refuse its escape): U+FFFD instead.
  // `parsePost` has already replaced, and warned about, every one in an article.
  if (typeof value === 'string') return toWellFormed(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : yamlDate(value.toISOString());
  // Loops rather than entries, map, filter and fromEntries: this runs on every field of every post.
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const v = prune(item);
      if (v !== undefined && v !== null) items.push(v);
    }
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object' && !isScalar(value)) {
    const out: Record<string, unknown> = {};
    let kept = 0;
    for (let key of Object.keys(value)) {
      const v = prune((value as Record<string, unknown>)[key]);
      if (v === undefined || v === null) continue;
      key = toWellFormed(key);
      // `__proto__` is kept as an own field, as `Object.fromEntries` did (assigning it would set the prototype).
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
      else out[key] = v;
      kept++;
    }
    return kept ? out : undefined;
  }
  return value;
}

// Longest string parsed to find out; parsing is linear in it only for plain-looking strings.
const MAX_PARSED = 200;
// A letter first: no number, keyword, date, collection, alias, tag or directive starts so.
const LONG_PLAIN = /^\p{L}[^]*[^\s:]$/u;

// The timestamp of YAML 1.1's type repository, as PyYAML resolves it.
const YAML11_TIMESTAMP = /^(?:\d{4}-\d\d-\d\d|\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)$/;

// Answers for short strings, which repeat across a site (authors, languages, categories):
// parsing costs two YAML documents. Bounded: cleared when full.
const misreadCache = new Map<string, boolean>();
const CACHE_SIZE = 4096;

// Would this string, written plain, read back as something else under YAML 1.1 (Jekyll's
// Ruby, PyYAML) or 1.2? Parsing it is the one test that cannot drift from a hand-written list.
function misread(value: string): boolean {
  // Parsing costs two YAML documents per string; most titles and URLs are plainly safe.
  if (readsAsItself(value)) return false;
  // A line break to YAML 1.1 only, or a character no reader takes raw: quoted, then escaped.
  if (NEEDS_YAML_ESCAPE.test(value)) return true;
  // PyYAML's own readings: a tab ends a plain scalar there (`a\tb` is an error), `=` and `<<`
  // are its value and merge tags (which its safe loader refuses).
  if (value.includes('\t') || value === '=' || value === '<<') return true;
  if (/: | #/.test(value)) return true; // no plain scalar holds `: ` or ` #` (a mapping, a comment)
  // PyYAML's (and libyaml-based readers') 1.1 timestamp, which the yaml library's 1.1 schema
  // reads more narrowly: `2024-05-06 07:08:09.` (an empty fraction) is a date to Jekyll.
  if (YAML11_TIMESTAMP.test(value)) return true;
  // Never parsed: a string opening a flow collection (`[`, `{`), which no reader takes for a
  // string (and the library's parser is quadratic on `[[[…` and `{{‹…`, and ends the process
  // past ~10,000 of them); and a long string, which is quoted unless it starts with a letter
  // and has no line break. Quoting is never wrong: a double-quoted string reads back as itself.
  if (value[0] === '[' || value[0] === '{') return true;
  if (value.length > MAX_PARSED) return !LONG_PLAIN.test(value) || value.includes('\n') || value.includes('\r');
  const known = misreadCache.get(value);
  if (known !== undefined) return known;
  let answer: boolean;
  try {
    // `logLevel: 'error'`: a `%` at the start reads as a directive, and the library would print a
    // warning to the process (the core never writes to the console); the answer is the same.
    answer = parse(value, { version: '1.1', logLevel: 'error' }) !== value || parse(value, { logLevel: 'error' }) !== value;
  } catch {
    answer = true;
  }
  if (value.length <= MAX_PARSED) {
    if (misreadCache.size >= CACHE_SIZE) misreadCache.clear();
    misreadCache.set(value, answer);
  }
  return answer;
}
