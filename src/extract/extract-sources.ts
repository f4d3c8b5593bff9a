import type { Source } from '../schema/article';
import type { Block } from '../schema/block';
import { decodeEntities, oneLine } from '../text/decode';
import { isAscii } from '../text/is-ascii';
import { isSpace } from '../text/is-space';
import { hostOf } from './extract-links';
import { looksLikeCitation } from './looks-like-citation';
import { defaultSourceLabels } from './source-labels';

export { defaultSourceLabels };

/**
 * The references section: the entries after a "Sources:"-like label (a heading or a paragraph
 * of its own, in any of `labels`), up to the next heading. Entries may be list items or
 * paragraphs. Without a label, the post's last heading counts when only lists follow it and
 * most of their entries read like citations (`looksLikeCitation`), so a bibliography under a
 * label in another language is found too. An entry `Title – Publisher` with a link gives
 * `{ title, publisher, url }`.
 *
 * @example extractSources(body, defaultSourceLabels, 'https://site.example') // → [{ text, title, publisher, url }, …]
 */
export function extractSources(body: Block[], labels: string[] = defaultSourceLabels, siteUrl: string | null = null): Source[] {
  const { wanted, longest } = labelSet(labels);
  const start = body.findIndex((b) => (b.type === 'heading' || b.type === 'paragraph') && !longerThan(b.text, longest) && wanted.has(norm(b.text)));
  if (start >= 0) return entriesAfter(body, start);
  const closing = closingCitations(body, hostOf(siteUrl));
  return closing < 0 ? [] : entriesAfter(body, closing);
}

function entriesAfter(body: Block[], start: number): Source[] {
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

// Fewest entries, and the share of them that must read like citations, for an unlabelled section.
const MIN_ENTRIES = 2;
const MIN_SHARE = 0.75;
// A label is a few words: a longer heading is a section of the text ("Recent studies show…").
const MAX_LABEL_WORDS = 5;

// The index of the last heading when it is short and only lists (or footnotes) of citations
// follow it to the end of the post; -1 otherwise.
function closingCitations(body: Block[], siteHost: string | null): number {
  const h = body.findLastIndex((b) => b.type === 'heading');
  const heading = body[h];
  if (heading?.type !== 'heading' || oneLine(heading.text).split(' ').length > MAX_LABEL_WORDS) return -1;
  const entries: { text: string; html: string }[] = [];
  for (const b of body.slice(h + 1)) {
    if (b.type === 'list' || b.type === 'footnotes') entries.push(...b.items);
    else if (b.type !== 'separator') return -1;
  }
  if (entries.length < MIN_ENTRIES) return -1;
  const cited = entries.filter((e) => looksLikeCitation(e, siteHost)).length;
  return cited >= MIN_ENTRIES && cited >= entries.length * MIN_SHARE ? h : -1;
}

// The normalised labels, kept while the same list (same entries) comes again: one per site.
// The entries are compared one by one (joining the default list into a key for each post cost
// as much as the search).
let lastLabels: { labels: string[]; wanted: Set<string>; longest: number } | undefined;

function labelSet(labels: string[]): { wanted: Set<string>; longest: number } {
  if (!lastLabels || !sameEntries(lastLabels.labels, labels)) {
    const wanted = new Set(labels.map(norm));
    lastLabels = { labels: [...labels], wanted, longest: Math.max(0, ...[...wanted].map((w) => w.length)) };
  }
  return lastLabels;
}

function sameEntries(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Every character other than whitespace, `:`, `：`, `.` and combining accents survives `norm`
// (decomposing and lower-casing never shorten one; a section number such as `12.` may go, hence
// the slack), so a text with more of them than the longest label cannot be a label:
// paragraphs are ruled out without normalising them.
function longerThan(text: string, max: number): boolean {
  const limit = max + NUMBER_SLACK;
  if (text.length <= limit) return false;
  let kept = 0;
  for (let i = 0; i < text.length; i++) if (!dropsInNorm(text.charCodeAt(i)) && ++kept > limit) return true;
  return false;
}

const NUMBER_SLACK = 6;

// `/[\s:：.\u0300-\u036f]/` by code unit (this runs on the start of every paragraph).
function dropsInNorm(c: number): boolean {
  return c === 0x3a || c === 0x2e || c === 0xff1a || (c >= 0x300 && c <= 0x36f) || isSpace(c);
}

// Case and accents ignored (`Referências` written precomposed or decomposed, `REFERÈNCIES`), a
// leading section number (`7.`, `IV.`) and a closing `:` dropped.
function norm(s: string): string {
  // Most headings are ASCII: their own NFKD, with no mark to remove.
  const bare = isAscii(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return oneLine(bare.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[ivxlc]+[.)])\s+/u, '').replace(/[:：.\s]+$/u, ''));
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
