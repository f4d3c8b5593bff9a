import type { WxrSite } from '../wxr-site';
import { archiveLinks } from './links';
import { blockWrapper } from './block-wrapper';
import type { DynamicBlockContext } from './index';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SELECT_LABEL: Record<string, string> = { yearly: 'Select Year', monthly: 'Select Month' };

/**
 * `core/archives` as WordPress renders it (`wp_get_archives`): the months (or, with
 * `type: 'yearly'`, the years) that have published posts in the export, newest first, as a list
 * or, with `displayAsDropdown`, a select; `showPostCounts` adds each one's number of posts.
 * Daily and weekly archives depend on the site's date settings, which an export does not hold:
 * null, and the block is warned as not rendered. Links use the default permalink front, warned.
 */
export function archives(attrs: Record<string, unknown>, site: WxrSite, ctx: DynamicBlockContext): string | null {
  const type = typeof attrs.type === 'string' && attrs.type ? attrs.type : 'monthly';
  if (type !== 'monthly' && type !== 'yearly') return null;
  ctx.approximate('archive links use WordPress’s default date permalinks');
  const counts = new Map<string, { year: number; month: number; posts: number }>();
  for (const p of site.listed) {
    const m = /^(\d{4})-(\d\d)/.exec(p.date);
    if (p.type !== 'post' || !m) continue;
    const year = Number(m[1]);
    const month = type === 'monthly' ? Number(m[2]) : 0;
    const key = `${m[1]}-${month}`;
    const entry = counts.get(key) ?? { year, month, posts: 0 };
    entry.posts++;
    counts.set(key, entry);
  }
  const periods = [...counts.values()].sort((a, b) => b.year - a.year || b.month - a.month);
  const link = archiveLinks(site);
  const showCount = attrs.showPostCounts === true;
  const entries = periods.map((p) => ({
    url: type === 'monthly' ? link.month(p.year, p.month) : link.year(p.year),
    text: type === 'monthly' ? `${MONTHS[p.month - 1]} ${p.year}` : String(p.year),
    after: showCount ? `&nbsp;(${p.posts})` : '',
  }));
  if (attrs.displayAsDropdown === true) {
    const id = `wp-block-archives-${ctx.sequence('archives')}`;
    const options = entries.map((e) => `\t<option value='${e.url}'> ${e.text} ${e.after}</option>\n`).join('');
    const label = `<label for="${id}" class="wp-block-archives__label${attrs.showLabel === false ? ' screen-reader-text' : ''}">Archives</label>`;
    const select = `<select id="${id}" name="archive-dropdown" onchange="document.location.href=this.options[this.selectedIndex].value;">\n\t\t<option value="">${SELECT_LABEL[type]}</option>${options}</select>`;
    return `<div ${blockWrapper('archives', attrs, ' wp-block-archives-dropdown')}>${label}\n\t\t${select}</div>`;
  }
  const wrapper = blockWrapper('archives', attrs, ' wp-block-archives-list');
  if (!entries.length) return `<div ${wrapper}>No archives to show.</div>`;
  return `<ul ${wrapper}>${entries.map((e) => `\t<li><a href='${e.url}'>${e.text}</a>${e.after}</li>\n`).join('')}</ul>`;
}
