import { collapseWhitespace, decodeEntities, htmlToPlainText } from '../text/decode';
import type { SiteEntry, SiteTerm } from './schema';

/**
 * The light index of a site that migration builds while it reads the posts once: a
 * `SiteEntry` per item (and per attachment the posts embed), a `SiteTerm` per category, tag or
 * custom term they carry. Enough to plan paths and resolve links before converting anything;
 * ~200 bytes per item, so a site of 100,000 posts indexes in a few tens of MB.
 */
export class SiteIndex {
  private readonly byId = new Map<number, SiteEntry>();
  private readonly termsByKey = new Map<string, SiteTerm>();

  /**
   * Adds one raw post (REST-shaped: what readWxr, fetchSite and the JSON readers give), its
   * embedded attachments (`_embedded['wp:featuredmedia']`, `_embedded['wp:attachment']`) and
   * terms (`_embedded['wp:term']`). A post read twice (the same id) keeps its first reading;
   * an embedded attachment never replaces an item read as a post.
   * @returns the post's entry, or null when it has no integer id (it cannot be linked to)
   */
  add(post: unknown): SiteEntry | null {
    const entry = siteEntryOf(post);
    if (entry && !this.byId.has(entry.id)) this.byId.set(entry.id, copied(entry));
    for (const a of embeddedAttachments(post)) if (!this.byId.has(a.id)) this.byId.set(a.id, copied(a));
    for (const t of siteTermsOf(post)) {
      const key = `${t.taxonomy}\u0000${t.slug}`;
      if (!this.termsByKey.has(key)) this.termsByKey.set(key, copied(t));
    }
    return entry;
  }

  /** Every entry, by ascending id (deterministic whatever the reading order). */
  entries(): SiteEntry[] {
    return [...this.byId.values()].sort((a, b) => a.id - b.id);
  }

  /** Every term, by taxonomy then slug. */
  terms(): SiteTerm[] {
    return [...this.termsByKey.values()].sort((a, b) => cmp(a.taxonomy, b.taxonomy) || cmp(a.slug, b.slug));
  }

  /** The entry of an id, if read. */
  get(id: number): SiteEntry | undefined {
    return this.byId.get(id);
  }
}

/**
 * The `SiteEntry` of one raw REST-shaped post, or null when it has no integer id. Rendered
 * fields (`title.rendered`, `guid.rendered`) and plain strings are both read; the title is
 * plain text (for the report).
 *
 * @example siteEntryOf({ id: 7, type: 'post', slug: 'hi', link: 'https://ex.org/hi/' })
 */
export function siteEntryOf(post: unknown): SiteEntry | null {
  if (!isRecord(post)) return null;
  const id = post.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return null;
  return {
    id,
    type: str(post.type) ?? 'post',
    slug: str(post.slug) ?? '',
    status: str(post.status),
    link: str(post.link),
    guid: rendered(post.guid),
    parent: typeof post.parent === 'number' && Number.isSafeInteger(post.parent) && post.parent > 0 ? post.parent : null,
    date: str(post.date),
    title: htmlToPlainText(rendered(post.title) ?? ''),
  };
}

/** The terms a raw post embeds (`_embedded['wp:term']`: one list per taxonomy). */
export function siteTermsOf(post: unknown): SiteTerm[] {
  const groups = embedded(post, 'wp:term');
  const out: SiteTerm[] = [];
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    for (const t of group) {
      if (!isRecord(t) || typeof t.taxonomy !== 'string' || typeof t.slug !== 'string') continue;
      out.push({
        taxonomy: t.taxonomy,
        id: typeof t.id === 'number' && Number.isSafeInteger(t.id) ? t.id : null,
        slug: t.slug,
        // REST escapes term names (`Birds &amp; Bees`): the name the article and the generator see is decoded.
        name: termName(t.name),
        link: str(t.link),
      });
    }
  }
  return out;
}

function termName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = collapseWhitespace(decodeEntities(value));
  return name === '' ? null : name;
}

// Attachments a post embeds: its featured image and, when asked with `_embed`, its attached media.
function embeddedAttachments(post: unknown): SiteEntry[] {
  const out: SiteEntry[] = [];
  for (const key of ['wp:featuredmedia', 'wp:attachment']) {
    for (const m of embedded(post, key).flat()) {
      const e = siteEntryOf(m);
      if (e) out.push({ ...e, type: 'attachment' });
    }
  }
  return out;
}

// A copy made of new strings: a string read out of a post may be a slice of the post's whole
// text (or of the export's chunk), which the index would then keep alive: 53 MB for 2,000
// posts of an export, where the entries themselves are ~1 MB.
function copied<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function embedded(post: unknown, key: string): unknown[] {
  if (!isRecord(post) || !isRecord(post._embedded)) return [];
  const list = post._embedded[key];
  return Array.isArray(list) ? list : [];
}

function rendered(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isRecord(value)) return str(value.rendered) ?? str(value.raw);
  return null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
