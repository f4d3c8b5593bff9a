import type { WxrSite } from '../wxr-site';
import { escapeAttribute as attr } from '../../../text/decode';
import { archiveLinks } from './links';
import { blockWrapper } from './block-wrapper';
import { escHtml } from './escape';
import type { DynamicBlockContext } from './index';
import { termCounts } from './term-counts';

/**
 * `core/tag-cloud` as WordPress renders it (`wp_tag_cloud`): the `numberOfTags` (default 45)
 * terms of `taxonomy` (default tags) with the most published posts in the export, by name, each
 * sized between `smallestFontSize` and `largestFontSize` on the log of its count, with
 * `showTagCounts` counts. Links use WordPress's default tag base, warned.
 */
export function tagCloud(attrs: Record<string, unknown>, site: WxrSite, ctx: DynamicBlockContext): string {
  const taxonomy = typeof attrs.taxonomy === 'string' && attrs.taxonomy ? attrs.taxonomy : 'post_tag';
  const number = typeof attrs.numberOfTags === 'number' && attrs.numberOfTags > 0 ? Math.floor(attrs.numberOfTags) : 45;
  const smallestText = typeof attrs.smallestFontSize === 'string' ? attrs.smallestFontSize : '8pt';
  const largestText = typeof attrs.largestFontSize === 'string' ? attrs.largestFontSize : '22pt';
  const unit = /^[0-9.]+([a-z%]+)$/i.exec(smallestText)?.[1] ?? 'pt';
  const smallest = parseFloat(smallestText) || 0;
  const largest = parseFloat(largestText) || 0;
  const showCount = attrs.showTagCounts === true;
  ctx.approximate(`${taxonomy} links use WordPress’s default archive base`);
  // The most used first (get_terms by count), then the cloud's own sort by name, naturally.
  const tags = termCounts(site, taxonomy)
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, number)
    .sort((a, b) => naturalCaseless(a.name, b.name));
  if (!tags.length) {
    const label = taxonomy === 'post_tag' ? 'tags' : taxonomy === 'category' ? 'categories' : taxonomy;
    return `<p ${blockWrapper('tag-cloud', attrs)}>Your site doesn&#8217;t have any ${escHtml(label)}, so there&#8217;s nothing to display here at the moment.</p>`;
  }
  const scaled = tags.map((t) => Math.round(Math.log10(t.count + 1) * 100));
  const min = Math.min(...scaled);
  const spread = Math.max(...scaled) - min || 1;
  const fontSpread = largest - smallest < 0 ? 1 : largest - smallest;
  const step = fontSpread / spread;
  const link = archiveLinks(site);
  const links = tags.map((t, i) => {
    const items = `${t.count} item${t.count === 1 ? '' : 's'}`;
    const aria = showCount || fontSpread !== 0 ? ` aria-label="${escHtml(t.name)} (${items})"` : '';
    const size = phpFloat(smallest + (scaled[i]! - min) * step);
    const count = showCount ? `<span class="tag-link-count"> (${t.count})</span>` : '';
    return `<a href="${attr(link.term(t))}" class="tag-cloud-link${t.id === null ? '' : ` tag-link-${t.id}`} tag-link-position-${i + 1}" style="font-size: ${size}${unit};"${aria}>${escHtml(t.name)}${count}</a>`;
  });
  return `<p ${blockWrapper('tag-cloud', attrs)}>${links.join('\n')}</p>`;
}

// PHP's float to string (precision 14): 13.285714285714, 22, 8.5.
function phpFloat(n: number): string {
  return String(Number(n.toPrecision(14)));
}

// strnatcasecmp, for names: runs of digits compare as numbers.
function naturalCaseless(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}
