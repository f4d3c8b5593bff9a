import { hostOf } from './extract-links';

// A year as citations write it: `(2019)`, `(2019a)`, `(2019, p. 4)`, `Nature, 2019.`,
// `Lancet. 2019;393:…`. A date (`March 3, 2021`) has a number before its comma and does not count.
const YEAR = /\((?:1[6-9]|20)\d\d[a-z]?(?:[),;:]|\s*\))|(?<![\d\s])[.,]\s(?:1[6-9]|20)\d\d[a-z]?[.;:,](?:\s|\d|$)/u;
// `Smith, J.`, `Krumholz A,`, `García-Pérez, M. A.`: a surname and initials open the entry.
const AUTHOR = /^(?:\d+[.)]\s*)?\p{Lu}[\p{L}'’-]+,?\s(?:\p{Lu}\.?\s?){1,3}[.,]/u;
const MARKERS = /\bet al\.|\bdoi\s*:|\b10\.\d{4,9}\/|\bISBN\b|\bPMID\b|\bpp?\.\s?\d/i;
const LINK = /<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g;

/**
 * Whether a list entry reads like a citation: it carries a publication year, opens with an
 * author's name and initials, has a DOI/ISBN/`et al.`, or links to another site with more
 * words than the link (`<a>Title</a> – Publisher`) or with the bare URL as its text. An entry
 * that is only a link (a "Related posts" list) does not count.
 *
 * @example looksLikeCitation({ text: 'Smith, J. (2019). Sleep. Nature.', html: '…' }, null) // → true
 */
export function looksLikeCitation(entry: { text: string; html: string }, siteHost: string | null): boolean {
  const text = entry.text.trim();
  if (YEAR.test(text) || AUTHOR.test(text) || MARKERS.test(text)) return true;
  for (const m of entry.html.matchAll(LINK)) {
    const host = hostOf(decodeAmp(m[1]!));
    if (host === null || host === siteHost) continue;
    const linkText = m[2]!.replace(/<[^>]*>/g, '').trim();
    if (/^(https?:\/\/|www\.)\S+$/i.test(linkText)) return true;
    const rest = text.replace(linkText, '');
    if ((rest.match(/\p{L}{2,}/gu) ?? []).length >= 1) return true;
  }
  return false;
}

function decodeAmp(s: string): string {
  return s.replace(/&amp;/g, '&');
}
