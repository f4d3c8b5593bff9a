import type { WxrListed, WxrSite } from '../wxr-site';
import { escapeAttribute as attr } from '../../../text/decode';
import { html } from './escape';

/**
 * `core/page-list` as WordPress renders it, from the export's published pages: nested by parent,
 * in menu order then title (`parentPageID` starts below a page).
 */
export function pageList(attrs: Record<string, unknown>, site: WxrSite): string | null {
  const children = new Map<number, WxrListed[]>();
  for (const p of site.listed) {
    if (p.type !== 'page') continue;
    const list = children.get(p.parent) ?? [];
    list.push(p);
    children.set(p.parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.menuOrder - b.menuOrder || a.title.localeCompare(b.title));
  const root = typeof attrs.parentPageID === 'number' ? attrs.parentPageID : 0;
  const seen = new Set<number>();
  const level = (parent: number, cls: string, depth: number): string => {
    const list = (children.get(parent) ?? []).filter((p) => !seen.has(p.id));
    if (!list.length) return '';
    const items = list.map((p) => {
      seen.add(p.id);
      const sub = level(p.id, 'submenu-container', depth + 1);
      // Core adds the overlay colours' classes at depth 1, a space when there are none.
      const cls = `${sub ? ' has-child' : ''}${depth === 1 ? ' ' : ''}`;
      return `<li class="wp-block-pages-list__item${cls}"><a class="wp-block-pages-list__item__link" href="${attr(p.link)}">${html(p.title)}</a>${sub}</li>`;
    });
    return `<ul class="${cls}">${items.join('')}</ul>`;
  };
  return level(root, 'wp-block-page-list', 0) || null;
}
