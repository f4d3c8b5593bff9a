import { asObject } from '../coerce';
import type { Robots } from '../../schema/seo';

const PREVIEWS = new Set(['none', 'standard', 'large']);

/**
 * Robots directives as data. Accepts the meta tag string (`"noindex, follow, max-snippet:-1"`),
 * Yoast's object (`{ index: 'index', 'max-snippet': 'max-snippet:-1' }`), SEOPress's flags
 * (`{ noindex: true }`) or a list. Directives not given keep their defaults (`index`/`follow`
 * true, limits null); null when the value says nothing at all.
 *
 * @example parseRobots('noindex, max-image-preview:large') // → { index: false, follow: true, maxSnippet: null, maxImagePreview: 'large', maxVideoPreview: null }
 */
export function parseRobots(value: unknown): Robots | null {
  const directives = directivesOf(value);
  if (directives === null) return null;
  const robots: Robots = { index: true, follow: true, maxSnippet: null, maxImagePreview: null, maxVideoPreview: null };
  for (const raw of directives) {
    const [name = '', arg = ''] = raw.toLowerCase().split(':').map((s) => s.trim());
    if (name === 'noindex') robots.index = false;
    else if (name === 'nofollow') robots.follow = false;
    else if (name === 'none') robots.index = robots.follow = false;
    else if (name === 'max-snippet') robots.maxSnippet = limit(arg);
    else if (name === 'max-video-preview') robots.maxVideoPreview = limit(arg);
    else if (name === 'max-image-preview' && PREVIEWS.has(arg)) robots.maxImagePreview = arg as Robots['maxImagePreview'];
  }
  return robots;
}

// The directives a value states, or null when it states nothing (so a weaker source may).
function directivesOf(value: unknown): string[] | null {
  if (typeof value === 'string') {
    const list = value.split(',').map((s) => s.trim()).filter(Boolean);
    return list.length ? list : null;
  }
  if (Array.isArray(value)) {
    const list = value.filter((v): v is string => typeof v === 'string').flatMap((v) => directivesOf(v) ?? []);
    return list.length ? list : null;
  }
  const obj = asObject(value);
  if (!obj || Object.keys(obj).length === 0) return null;
  const list: string[] = [];
  for (const [key, v] of Object.entries(obj)) {
    if (typeof v === 'string' && v.trim()) list.push(...v.split(','));
    else if (v === true || v === 1 || v === '1') list.push(key);
  }
  return list.map((s) => s.trim()).filter(Boolean);
}

function limit(arg: string): number | null {
  return /^-?\d+$/.test(arg) ? Number(arg) : null;
}
