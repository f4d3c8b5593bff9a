import type { Source } from '../schema/article';
import type { Block } from '../schema/block';
import { decodeEntities, oneLine } from '../text/decode';
import { isSpace } from '../text/is-space';

/** Labels that open a references section, in the languages WordPress sites are written in. */
export const defaultSourceLabels = [
  'sources', 'source', 'references', 'reference', 'bibliography', 'further reading', 'works cited', 'citations', 'notes and references', 'read more',
  'fuentes', 'fuente', 'referencias', 'bibliografía', 'bibliografia', 'fonts', 'font', 'références', 'sources et références', 'bibliographie',
  'quellen', 'quelle', 'literatur', 'literaturverzeichnis', 'einzelnachweise', 'fontes', 'referências', 'riferimenti', 'fonti',
  'bronnen', 'källor', 'kilder', 'źródła', 'bibliografie', 'источники', 'литература', 'източници', 'kaynaklar', 'kaynakça',
  'nguồn', 'tài liệu tham khảo', '参考文献', '出典', '参考', '参考资料',
];

/**
 * The references section: the entries after a "Sources:"-like label (a heading or a paragraph
 * of its own), up to the next heading. Entries may be list items or paragraphs. An entry
 * `Title – Publisher` with a link gives `{ title, publisher, url }`.
 */
export function extractSources(body: Block[], labels: string[] = defaultSourceLabels): Source[] {
  const { wanted, longest } = labelSet(labels);
  const start = body.findIndex((b) => (b.type === 'heading' || b.type === 'paragraph') && !longerThan(b.text, longest) && wanted.has(norm(b.text)));
  if (start < 0) return [];
  const out: Source[] = [];
  for (const b of body.slice(start + 1)) {
    if (b.type === 'heading') break;
    if (b.type === 'paragraph') out.push(entry(b.text, b.html));
    else if (b.type === 'list') for (const item of b.items) out.push(entry(item.text, item.html));
    else if (b.type === 'footnotes') for (const item of b.items) out.push(entry(item.text, item.html));
    else if (b.type !== 'separator') break;
  }
  return out.filter((s) => s.text !== '');
}

// The normalised labels, kept while the same list (same entries) comes again: one per site.
let lastLabels: { key: string; wanted: Set<string>; longest: number } | undefined;

function labelSet(labels: string[]): { wanted: Set<string>; longest: number } {
  const key = labels.join('\u0000');
  if (lastLabels?.key !== key) {
    const wanted = new Set(labels.map(norm));
    lastLabels = { key, wanted, longest: Math.max(0, ...[...wanted].map((w) => w.length)) };
  }
  return lastLabels;
}

// Every character other than whitespace, `:`, `：` and `.` survives `norm` (lower-casing never
// shortens one), so a text with more of them than the longest label cannot be a label:
// paragraphs are ruled out without normalising them.
function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let kept = 0;
  for (let i = 0; i < text.length; i++) if (!dropsInNorm(text.charCodeAt(i)) && ++kept > max) return true;
  return false;
}

// `/[\s:：.]/` by code unit (this runs on the start of every paragraph).
function dropsInNorm(c: number): boolean {
  return c === 0x3a || c === 0x2e || c === 0xff1a || isSpace(c);
}

function norm(s: string): string {
  return oneLine(s.toLowerCase().replace(/[:：.\s]+$/u, ''));
}

function entry(text: string, html: string): Source {
  const href = /<a href="([^"]*)"/.exec(html)?.[1];
  const url = href ? decodeEntities(href) : null;
  const clean = oneLine(text);
  const parts = clean.split(/\s+[–—|]\s+|\s+-\s+/);
  const [first = '', ...rest] = parts;
  const title = unquote(first) || null;
  const publisher = rest.length ? rest.join(' – ').trim() || null : null;
  return { text: clean, title: parts.length > 1 || url ? title : null, publisher, url };
}

const OPENING_QUOTES = '“"«„\'‘';
const CLOSING_QUOTES = '”"»“\'’';

function unquote(s: string): string {
  // Loops, not `/[”"»“'’]+$/`, which tries every position of a long run of quotes.
  const t = s.trim();
  let start = 0;
  let end = t.length;
  while (start < end && OPENING_QUOTES.includes(t[start]!)) start++;
  while (end > start && CLOSING_QUOTES.includes(t[end - 1]!)) end--;
  return t.slice(start, end).trim();
}
