import type { Article } from '../../schema/article';
import type { MediaEntry } from '../schema';
import { mediaKindOf } from './media-extensions';
import { absolute, mediaUsesOf, type AttachmentFacts, type MediaUse } from './media-uses';
import { originalOfFull, urlForms, type UrlForms } from './original-url';

// Which of two facts wins: the one from the lower post id, then the earlier place in that post,
// so the catalog is the same whatever order articles are added in.
type Rank = readonly [post: number, place: number];
interface Fact<T> {
  rank: Rank;
  value: T;
}

// Everything known of one URL form (as the content wrote it).
interface Form {
  absolute: string;
  image: boolean;
  posts: Set<number>;
  alt: Fact<string> | null;
  caption: Fact<string> | null;
  size: Fact<{ width: number; height: number | null }> | null;
}

interface Resolved {
  entries: MediaEntry[];
  byForm: Map<string, MediaEntry>;
  byKey: Map<string, MediaEntry>;
}

/**
 * Every image and file a set of articles uses, one entry per uploaded original, for
 * `media.json` and downloads. `add` each article (converted posts, pages, attachments), then
 * read `entries()`: sorted by URL, each with every URL form seen (sorted), the posts using it
 * (ascending), and the best known alt text, caption and dimensions (from the lowest post id
 * that gives them), `status: 'listed'`. The result does not depend on the order of `add` calls.
 *
 * Which original a form belongs to: attachment metadata first (a featured image's full-size URL
 * and its size variants, from REST `_embedded` or an export, and `addAttachment`); then what
 * the content shows (a file whose resized copies are also used, `banner-1920x1080.jpg` next to
 * `banner-1920x1080-300x169.jpg`, is an original, whatever its name looks like); then entries
 * read back with `addEntry` (an earlier catalog's grouping); else `originalUrl`'s naming rules.
 *
 * @example
 * const catalog = new MediaCatalog();
 * for (const article of articles) catalog.add(article);
 * catalog.entries()[0] // → { url: '…/uploads/2024/05/photo.jpg', seen: ['…/photo-300x200.jpg', '…/photo.jpg'], posts: [12, 40], … }
 * catalog.find('https://example.org/wp-content/uploads/2024/05/photo-1024x768.jpg')?.url // → '…/photo.jpg'
 */
export class MediaCatalog {
  private readonly forms = new Map<string, Form>();
  // Attachment metadata: a full-size file → its rank; a size variant → the full-size file.
  // Metadata: attachments' own (`strong`), and what entries read back say (`weak`: an earlier
  // catalog's grouping, which may have been a guess by name).
  private readonly strong = new Metadata();
  private readonly weak = new Metadata();
  private resolved: Resolved | null = null;

  /** Records every media file `article` uses (see `mediaUsesOf`). */
  add(article: Article): void {
    this.resolved = null;
    const { uses, featured } = mediaUsesOf(article);
    uses.forEach((use, place) => this.use(use.url, use.absolute, [article.id], use.kind, use, [article.id, place]));
    if (featured) this.strong.learn(featured, [article.id, -1]);
  }

  /**
   * Records an entry an earlier catalog made (from `media.json`, or a manifest of posts not
   * converted again): its forms, posts, alt, caption and size, and that every form it lists
   * belongs to its `url`. What `add` would have said of the posts that used it.
   *
   * @example for (const e of JSON.parse(readFileSync('media.json', 'utf8'))) catalog.addEntry(e);
   */
  addEntry(entry: MediaEntry): void {
    this.resolved = null;
    const rank: Rank = [entry.posts[0] ?? Number.MAX_SAFE_INTEGER, 0];
    const facts = { alt: entry.alt, caption: entry.caption, width: null, height: null };
    const forms = entry.seen.map((raw) => ({ raw, absolute: absolute(raw, entry.url) }));
    for (const { raw, absolute: abs } of forms) this.use(raw, abs, entry.posts, entry.kind, facts, rank);
    this.weak.learn({ url: entry.url, width: entry.width, height: entry.height, variants: forms.map((f) => ({ url: f.absolute, width: null, height: null })) }, rank);
  }

  private use(raw: string, abs: string, posts: readonly number[], kind: 'image' | 'file', facts: Pick<MediaUse, 'alt' | 'caption' | 'width' | 'height'>, rank: Rank): void {
    let form = this.forms.get(raw);
    if (!form) {
      form = { absolute: abs, image: false, posts: new Set(), alt: null, caption: null, size: null };
      this.forms.set(raw, form);
    }
    form.image ||= kind === 'image';
    for (const id of posts) form.posts.add(id);
    if (facts.alt !== null) form.alt = better(form.alt, { rank, value: facts.alt });
    if (facts.caption !== null) form.caption = better(form.caption, { rank, value: facts.caption });
    if (facts.width !== null) form.size = better(form.size, { rank, value: { width: facts.width, height: facts.height } });
  }

  /**
   * Records what an attachment's metadata says (an export's `_wp_attachment_metadata`, a REST
   * media item): `url` is its full-size file, `variants` its resized copies, `width`/`height`
   * the full size. Adds no entry (nothing uses it yet); content using any of these URLs then
   * belongs to this attachment's original, whatever the names look like.
   *
   * @example catalog.addAttachment({ url: '…/2022/01/banner-1920x1080.jpg', width: 1920, height: 1080, variants: [{ url: '…/banner-1920x1080-150x150.jpg', width: 150, height: 150 }] })
   */
  addAttachment(attachment: AttachmentFacts): void {
    this.resolved = null;
    this.strong.learn(attachment, [Number.MAX_SAFE_INTEGER, 0]);
  }

  /** One entry per original, sorted by URL (see the class). */
  entries(): MediaEntry[] {
    return this.resolve().entries.map(copyEntry);
  }

  /**
   * The entry a URL belongs to: a form the content used, exactly as written, or any URL that
   * leads to the same file or original (another size, the CDN form); undefined when none.
   */
  find(url: string): MediaEntry | undefined {
    const { byForm } = this.resolve();
    const hit = byForm.get(url) ?? byForm.get(url.trim());
    if (hit) return copyEntry(hit);
    const forms = urlForms(url.trim());
    const found = byForm.get(forms.file) ?? byForm.get(forms.parent) ?? byForm.get(forms.original) ?? this.resolve().byKey.get(keyOf(forms.original));
    return found ? copyEntry(found) : undefined;
  }

  private resolve(): Resolved {
    if (this.resolved) return this.resolved;
    const formsOf = new Map<string, UrlForms>();
    // Files that have resized copies in use: originals, whatever their names look like.
    const parents = new Set<string>();
    for (const form of this.forms.values()) {
      const f = formsOf.get(form.absolute) ?? urlForms(form.absolute);
      formsOf.set(form.absolute, f);
      if (f.parent !== f.file) parents.add(f.parent);
    }
    // Attachment metadata, then what the content shows, then entries read back, then names.
    const originalOf = (f: UrlForms): string => this.strong.originalOf(f) ?? (parents.has(f.file) ? originalOfFull(f.file) : null) ?? this.weak.originalOf(f) ?? f.original;
    // One file whether reached over http or https (Photon without `ssl=1` names the http form),
    // with its host in any case and its path percent-encoded or not.
    const groups = new Map<string, { raws: string[]; forms: Form[]; files: Set<string>; originals: Set<string> }>();
    for (const [raw, form] of this.forms) {
      const f = formsOf.get(form.absolute)!;
      const original = originalOf(f);
      const key = keyOf(original);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { raws: [], forms: [], files: new Set(), originals: new Set() }));
      group.raws.push(raw);
      group.forms.push(form);
      group.files.add(f.file);
      group.originals.add(original);
    }
    const byForm = new Map<string, MediaEntry>();
    const entries: MediaEntry[] = [];
    const named = [...groups.values()].map((g) => {
      const originals = [...g.originals].sort(byCodeUnit);
      return { ...g, url: originals.find((o) => /^https:/i.test(o)) ?? originals[0]! };
    });
    for (const { url, raws, forms, files } of named.sort((a, b) => byCodeUnit(a.url, b.url))) {
      const posts = new Set<number>();
      for (const form of forms) for (const id of form.posts) posts.add(id);
      const best = <T>(pick: (form: Form) => Fact<T> | null): T | null => forms.map(pick).reduce<Fact<T> | null>((a, b) => (b ? better(a, b) : a), null)?.value ?? null;
      // Dimensions describe one file: only those given for the original itself.
      const own = keyOf(url);
      const size = best((form) => (keyOf(formsOf.get(form.absolute)!.file) === own ? form.size : null)) ?? this.strong.fullSize(url) ?? this.weak.fullSize(url);
      const entry: MediaEntry = {
        url,
        seen: [...new Set(raws)].sort(byCodeUnit),
        kind: mediaKindOf(url) === 'image' || forms.some((form) => form.image) ? 'image' : 'file',
        alt: best((form) => form.alt),
        caption: best((form) => form.caption),
        width: size?.width ?? null,
        height: size?.height ?? null,
        posts: [...posts].sort((a, b) => a - b),
        local: null,
        status: 'listed',
        bytes: null,
        sha256: null,
        contentType: null,
        error: null,
      };
      entries.push(entry);
      for (const raw of raws) byForm.set(raw, entry);
      for (const file of files) if (!byForm.has(file)) byForm.set(file, entry);
      if (!byForm.has(url)) byForm.set(url, entry);
    }
    const byKey = new Map(entries.map((e) => [keyOf(e.url), e]));
    this.resolved = { entries, byForm, byKey };
    return this.resolved;
  }
}

// Which files metadata names as an attachment's full size, and which as its resized copies.
class Metadata {
  readonly fulls = new Map<string, Fact<{ width: number | null; height: number | null }>>();
  private readonly variantOf = new Map<string, Fact<string>>();

  learn(facts: AttachmentFacts, rank: Rank): void {
    const full = urlForms(facts.url).file;
    const known = this.fulls.get(full);
    if (!known || compare(rank, known.rank) < 0) this.fulls.set(full, { rank, value: { width: facts.width, height: facts.height } });
    for (const v of facts.variants) {
      const file = urlForms(v.url).file;
      if (file !== full) this.variantOf.set(file, better(this.variantOf.get(file) ?? null, { rank, value: full }));
    }
  }

  // The full size's dimensions when a full-size file is `url` (over http or https).
  fullSize(url: string): { width: number | null; height: number | null } | null {
    const bare = schemeless(url);
    return (this.fulls.get(`https:${bare}`) ?? this.fulls.get(`http:${bare}`) ?? this.fulls.get(url))?.value ?? null;
  }

  // The original a file belongs to by this metadata, or null when it does not name the file.
  originalOf(f: UrlForms): string | null {
    const full = this.variantOf.get(f.file)?.value ?? (this.fulls.has(f.file) ? f.file : this.fulls.has(f.parent) ? f.parent : null);
    return full === null ? null : originalOfFull(full);
  }
}

/**
 * The media entries of a set of articles: `MediaCatalog` filled with each, then `entries()`.
 *
 * @example collectMedia([post, page]).map((e) => e.url) // → ['https://example.org/wp-content/uploads/2024/05/photo.jpg', …]
 */
export function collectMedia(articles: Iterable<Article>): MediaEntry[] {
  const catalog = new MediaCatalog();
  for (const article of articles) catalog.add(article);
  return catalog.entries();
}

function better<T>(a: Fact<T> | null, b: Fact<T>): Fact<T> {
  return a === null || compare(b.rank, a.rank) < 0 ? b : a;
}

function compare(a: Rank, b: Rank): number {
  return a[0] - b[0] || a[1] - b[1];
}

function schemeless(url: string): string {
  return url.replace(/^https?:(?=\/\/)/i, '');
}

// What two spellings of one file share: no scheme, the host in lower case, each path segment
// percent-decoded (`café.jpg`, `caf%C3%A9.jpg`); the bytes are compared, never normalised.
function keyOf(url: string): string {
  const m = /^(\/\/[^/?#]*)?([^?#]*)(.*)$/s.exec(schemeless(url))!;
  return `${(m[1] ?? '').toLowerCase()}${(m[2] ?? '').split('/').map(decodeSegment).join('/')}${m[3] ?? ''}`;
}

function decodeSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    // `%2F` stays encoded: it is not a separator.
    return decodeURIComponent(segment).replace(/[%/]/g, (c) => encodeURIComponent(c));
  } catch {
    return segment;
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function copyEntry(e: MediaEntry): MediaEntry {
  return { ...e, seen: [...e.seen], posts: [...e.posts] };
}
