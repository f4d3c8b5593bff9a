/**
 * WordPress.com's public v1.1/v1.2 API returns posts in its own shape (`ID`, `URL`, `title` as
 * a string, dates with offsets, `author` as an object, terms keyed by name). These functions
 * map it onto the `/wp/v2` shape, with `_embedded` filled in, so one extractor serves both.
 */

type Obj = Record<string, unknown>;

/** True for a WordPress.com v1.x post object. */
export function isWpcomPost(value: object): value is Obj {
  const v = value as Obj;
  return typeof v.ID === 'number' && !('id' in v) && (typeof v.title === 'string' || typeof v.content === 'string');
}

/** Maps a WordPress.com v1.x post onto the `/wp/v2` post shape. */
export function fromWpcom(p: Obj): Obj {
  const date = splitOffsetDate(p.date);
  const modified = splitOffsetDate(p.modified);
  const author = obj(p.author);
  const thumb = obj(p.post_thumbnail);
  const categories = termList(p.categories, 'category');
  const tags = termList(p.tags, 'post_tag');
  const out: Obj = {
    id: p.ID,
    date: date.local,
    date_gmt: date.gmt,
    modified: modified.local,
    modified_gmt: modified.gmt,
    slug: str(p.slug),
    status: str(p.status),
    type: str(p.type) ?? 'post',
    link: str(p.URL),
    title: { rendered: str(p.title) ?? '' },
    content: { rendered: str(p.content) ?? '', protected: Boolean(p.password) },
    excerpt: { rendered: str(p.excerpt) ?? '' },
    sticky: p.sticky === true,
    format: str(p.format),
    menu_order: typeof p.menu_order === 'number' ? p.menu_order : undefined,
    parent: typeof p.parent === 'number' ? p.parent : obj(p.parent) ? (obj(p.parent) as Obj).ID : undefined,
    template: str(p.page_template) || undefined,
    categories: categories.map((t) => t.id),
    tags: tags.map((t) => t.id),
    _embedded: {
      author: author
        ? [{ id: author.ID, name: str(author.name), slug: str(author.nice_name) ?? str(author.login), url: str(author.URL), link: str(author.profile_URL) }]
        : undefined,
      'wp:featuredmedia': thumb
        ? [{ id: thumb.ID, source_url: str(thumb.URL), mime_type: str(thumb.mime_type), media_details: { width: thumb.width, height: thumb.height } }]
        : undefined,
      'wp:term': [categories, tags],
    },
  };
  if (typeof author?.ID === 'number') out.author = author.ID;
  if (typeof thumb?.ID === 'number') out.featured_media = thumb.ID;
  // A field WordPress.com left out is absent, as in `/wp/v2` (whose schema has no nulls for them).
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined && v !== null));
}

function termList(value: unknown, taxonomy: string): { id: number; name: string; slug: string; taxonomy: string }[] {
  const o = obj(value);
  if (!o) return [];
  return Object.values(o)
    .map(obj)
    .filter((t): t is Obj => t !== null && typeof t.ID === 'number')
    .map((t) => ({ id: t.ID as number, name: str(t.name) ?? '', slug: str(t.slug) ?? '', taxonomy }));
}

/** `2015-08-07T13:30:15-04:00` → local `2015-08-07T13:30:15`, gmt `2015-08-07T17:30:15`. */
function splitOffsetDate(value: unknown): { local: string | null; gmt: string | null } {
  if (typeof value !== 'string') return { local: null, gmt: null };
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return { local: null, gmt: null };
  const t = Date.parse(m[2] ? value : `${m[1]}Z`);
  return { local: m[1] ?? null, gmt: Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 19) };
}

function obj(v: unknown): Obj | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
