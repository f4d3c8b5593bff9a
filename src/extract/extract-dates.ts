import type { Context } from '../context';
import type { WpPost } from '../schema/wp-post';
import { wallTimeAsUtc } from './wall-time';

/**
 * The dates of an article; see `extractDates`.
 * @example const { published, timezoneOffset }: ArticleDates = extractDates(post, ctx);
 */
export interface ArticleDates {
  published: string | null;
  modified: string | null;
  publishedLocal: string | null;
  modifiedLocal: string | null;
  timezoneOffset: number | null;
}

// WordPress sends `Y-m-d\TH:i:s` with no offset; exports and WordPress.com add one, MySQL dumps use a space.
const WP_DATE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const FLOATING_STATUSES = new Set(['draft', 'pending', 'auto-draft']);
// UTC−12:00 to UTC+14:00: anything outside is bad data, not a time zone.
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;

interface Stamp {
  /** The wall time as written, `YYYY-MM-DDTHH:mm:ss`. */
  wall: string;
  /** Epoch ms of the wall time read as if it were UTC. */
  asUtc: number;
  /** Minutes east of UTC when the string carried an offset. */
  offset: number | null;
}

/**
 * Publication and modification dates. `published`/`modified` are UTC instants from
 * `date_gmt`/`modified_gmt` (read as UTC, never in the machine's zone). `publishedLocal`/
 * `modifiedLocal` are the site's wall time (`date`/`modified`) with the offset written out, and
 * `timezoneOffset` is `date − date_gmt` in minutes, so +05:30 and +05:45 come out exact.
 *
 * Floating dates are null: a `date_gmt` that is null or `0000-00-00T00:00:00`, or a draft,
 * pending or auto-draft whose `date` equals `modified` (WordPress shims `date_gmt` for those,
 * so it cannot be trusted; the heuristic is Gutenberg's). When `date_gmt` is absent (embed
 * context, `_fields`) the offset of the modified pair is borrowed if there is one, with a
 * `date_gmt_inferred` warning (it can be an hour off across a DST change); with no offset at all
 * the instant is unknown, so `published` is null and a `date_without_timezone` warning is given.
 *
 * @example
 * extractDates({ id: 1, date: '2024-05-01T17:45:00', date_gmt: '2024-05-01T12:00:00' }, ctx)
 * // → { published: '2024-05-01T12:00:00.000Z', publishedLocal: '2024-05-01T17:45:00+05:45', timezoneOffset: 345, … }
 */
export function extractDates(post: WpPost, ctx: Context): ArticleDates {
  const floating = FLOATING_STATUSES.has(post.status ?? '') && typeof post.date === 'string' && post.date === post.modified;
  const pub = readPair(post.date, post.date_gmt);
  const mod = readPair(post.modified, post.modified_gmt);
  const publishedOffset = checkedOffset(pub.offset, ctx, 'date_gmt');
  const modifiedOffset = checkedOffset(mod.offset, ctx, 'modified_gmt');

  let published = pub.instant;
  let publishedLocal = pub.local && publishedOffset !== null ? withOffset(pub.local.wall, publishedOffset) : null;
  if (published === null && pub.local && post.date_gmt === undefined && !floating) {
    if (modifiedOffset !== null) {
      published = pub.local.asUtc - modifiedOffset * 60_000;
      publishedLocal = withOffset(pub.local.wall, modifiedOffset);
      ctx.warn('date_gmt_inferred', 'date_gmt is missing; the offset of modified/modified_gmt was used for date', 'date_gmt');
    } else {
      ctx.warn('date_without_timezone', `date ${pub.local.wall} has no date_gmt or offset, so its instant is unknown`, 'date_gmt');
    }
  }
  let modified = mod.instant;
  let modifiedLocal = mod.local && modifiedOffset !== null ? withOffset(mod.local.wall, modifiedOffset) : null;
  if (modified === null && mod.local && post.modified_gmt === undefined && publishedOffset !== null) {
    modified = mod.local.asUtc - publishedOffset * 60_000;
    modifiedLocal = withOffset(mod.local.wall, publishedOffset);
  }
  return {
    published: floating || published === null ? null : new Date(published).toISOString(),
    modified: modified === null ? null : new Date(modified).toISOString(),
    publishedLocal: floating ? null : publishedLocal,
    modifiedLocal,
    timezoneOffset: publishedOffset ?? modifiedOffset,
  };
}

// A local/GMT pair: the instant (from GMT, or from a local time that carries its offset) and the offset.
function readPair(localRaw: unknown, gmtRaw: unknown): { local: Stamp | null; instant: number | null; offset: number | null } {
  const local = readStamp(localRaw);
  const gmt = readStamp(gmtRaw);
  const instant = gmt ? gmt.asUtc - (gmt.offset ?? 0) * 60_000 : local && local.offset !== null ? local.asUtc - local.offset * 60_000 : null;
  const offset = local?.offset ?? (local && instant !== null ? (local.asUtc - instant) / 60_000 : null);
  return { local, instant, offset };
}

function readStamp(raw: unknown): Stamp | null {
  if (typeof raw !== 'string') return null;
  const m = WP_DATE.exec(raw.trim());
  if (!m) return null;
  const wall = `${m[1]}T${m[2]}`;
  const asUtc = wallTimeAsUtc(wall);
  if (asUtc === null) return null;
  return { wall, asUtc, offset: m[3] ? parseOffset(m[3]) : null };
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const digits = text.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return text.startsWith('-') ? -minutes : minutes;
}

function checkedOffset(offset: number | null, ctx: Context, path: string): number | null {
  if (offset === null) return null;
  if (Number.isInteger(offset) && offset >= MIN_OFFSET && offset <= MAX_OFFSET) return offset;
  ctx.warn('timezone_offset_invalid', `The local and GMT dates differ by ${offset} minutes, which is no time zone`, path);
  return null;
}

/** `2024-05-01T12:00:00` + 330 → `2024-05-01T12:00:00+05:30`. */
function withOffset(wall: string, offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${sign}${hh}:${mm}`;
}
