import type { Breadcrumb } from '../../schema/seo';
import { asObject, asPlainText, asUrl } from '../coerce';
import type { SeoPartial } from './seo-rule';

/**
 * All in One SEO's `aioseo_breadcrumb_json` REST field (AIOSEO 4.9.8+, present only while its
 * breadcrumbs are on): the trail the site shows, `[{ label, link }]` in order, Home first.
 * Labels are entity-decoded (WordPress titles arrive as `&#8217;`) and stripped of any markup
 * a label template added; an unsafe or empty link reads as null. `[]`, `''` (a filter blanked
 * it) and crumbs without a label say nothing.
 *
 * @example fromAioseoBreadcrumbs([{ label: 'Home', link: 'https://a.b/' }, { label: 'Caf&eacute;s', link: 'https://a.b/cafes/' }])?.breadcrumbs
 * // → [{ name: 'Home', url: 'https://a.b/' }, { name: 'Cafés', url: 'https://a.b/cafes/' }]
 */
export function fromAioseoBreadcrumbs(value: unknown): SeoPartial | null {
  if (!Array.isArray(value)) return null;
  const breadcrumbs: Breadcrumb[] = [];
  for (const entry of value) {
    const crumb = asObject(entry);
    const name = asPlainText(crumb?.label);
    if (name) breadcrumbs.push({ name, url: asUrl(crumb?.link) });
  }
  return breadcrumbs.length ? { breadcrumbs } : null;
}
