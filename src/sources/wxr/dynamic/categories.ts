import type { WxrSite } from '../wxr-site';
import { escapeAttribute as attr } from '../../../text/decode';
import { archiveLinks } from './links';
import { blockWrapper } from './block-wrapper';
import { escHtml } from './escape';
import type { DynamicBlockContext } from './index';
import { termCounts, type CountedTerm } from './term-counts';

/**
 * `core/categories` as WordPress renders it (`wp_list_categories`, or `wp_dropdown_categories`
 * with `displayAsDropdown`), from the export's categories and published posts: by name, empty
 * ones hidden unless `showEmpty`, `showHierarchy` nesting children (counts then take in the
 * children's posts), `showPostCounts`, `showOnlyTopLevel`. The links use WordPress's default
 * category base; an export of part of a site, which declares no categories, gives no hierarchy,
 * ids or empty categories: both are warned.
 */
export function categories(attrs: Record<string, unknown>, site: WxrSite, ctx: DynamicBlockContext): string | null {
  // Core numbers every categories block it renders, list or dropdown.
  const n = ctx.sequence('categories');
  const hierarchical = attrs.showHierarchy === true;
  const counts = attrs.showPostCounts === true;
  const topOnly = attrs.showOnlyTopLevel === true;
  const all = termCounts(site, 'category', counts && hierarchical && !topOnly);
  if (all.some((t) => !t.declared)) ctx.approximate('the export declares no categories (an export of part of the site): their hierarchy, ids and empty ones are not known');
  ctx.approximate('category links use WordPress’s default category base (/category/)');
  const children = new Map<string, CountedTerm[]>();
  for (const t of all) children.set(t.parent, [...(children.get(t.parent) ?? []), t]);
  // Empty categories are hidden; with the hierarchy, one whose descendants have posts stays.
  const used = (t: CountedTerm, depth = 0): boolean => t.count > 0 || (hierarchical && depth < 50 && (children.get(t.slug) ?? []).some((c) => used(c, depth + 1)));
  let shown = attrs.showEmpty === true ? all : all.filter((t) => used(t));
  if (topOnly) shown = shown.filter((t) => !t.parent);
  shown.sort((a, b) => byName(a.name, b.name));
  const link = archiveLinks(site);
  if (attrs.displayAsDropdown === true) return dropdown(attrs, shown, hierarchical, counts, site, n);
  const body = shown.length ? tree(shown, hierarchical, (t, _depth, sub) => listItem(t, counts, link.term(t), sub)) : '<li class="cat-item-none">No categories</li>';
  return `<ul ${blockWrapper('categories', attrs, 'wp-block-categories-list')}>${body}</ul>`;
}

// Walker::walk: top-level terms, each followed by its children (a nested list in a list, indented
// options in a dropdown); a term whose parent is not shown comes at the end, alone.
function tree(terms: CountedTerm[], hierarchical: boolean, item: (t: CountedTerm, depth: number, sub: string) => string, list = true): string {
  if (!hierarchical) return terms.map((t) => item(t, 0, '')).join('');
  const slugs = new Set(terms.map((t) => t.slug));
  const children = new Map<string, CountedTerm[]>();
  for (const t of terms) if (t.parent && slugs.has(t.parent)) children.set(t.parent, [...(children.get(t.parent) ?? []), t]);
  const done = new Set<string>();
  const walk = (t: CountedTerm, depth: number): string => {
    done.add(t.slug);
    const kids = (children.get(t.slug) ?? []).filter((c) => !done.has(c.slug)).map((c) => walk(c, depth + 1)).join('');
    const sub = kids && list ? `${'\t'.repeat(depth)}<ul class='children'>\n${kids}${'\t'.repeat(depth)}</ul>\n` : kids;
    return item(t, depth, sub);
  };
  const top = terms.filter((t) => !t.parent).map((t) => walk(t, 0)).join('');
  const orphans = terms.filter((t) => !done.has(t.slug)).map((t) => item(t, 0, '')).join('');
  return top + orphans;
}

function listItem(t: CountedTerm, counts: boolean, href: string, sub: string): string {
  return `\t<li class="cat-item${t.id === null ? '' : ` cat-item-${t.id}`}"><a href="${attr(href)}">${escHtml(t.name)}</a>${counts ? ` (${t.count})` : ''}\n${sub}</li>\n`;
}

function dropdown(attrs: Record<string, unknown>, terms: CountedTerm[], hierarchical: boolean, counts: boolean, site: WxrSite, n: number): string {
  const id = `wp-block-categories-${n}`;
  const options = tree(terms, hierarchical, (t, depth, sub) => `\t<option class="level-${depth}" value="${t.id ?? ''}">${'&nbsp;'.repeat(depth * 3)}${t.name}${counts ? `&nbsp;&nbsp;(${t.count})` : ''}</option>\n${sub}`, false);
  const none = terms.length ? `\t<option value='-1'>Select Category</option>\n` : `\t<option value='-1' selected='selected'>Select Category</option>\n`;
  const home = (site.info.baseBlogUrl ?? site.info.link ?? '').replace(/\/+$/, '');
  const script = `\t<script type='text/javascript'>\n\t/* <![CDATA[ */\n\t( function() {\n\t\tvar dropdown = document.getElementById( '${id}' );\n\t\tfunction onCatChange() {\n\t\t\tif ( dropdown.options[ dropdown.selectedIndex ].value > 0 ) {\n\t\t\t\tlocation.href = "${attr(home)}/?cat=" + dropdown.options[ dropdown.selectedIndex ].value;\n\t\t\t}\n\t\t}\n\t\tdropdown.onchange = onCatChange;\n\t})();\n\t/* ]]> */\n\t</script>\n\t`;
  // The script goes right after `</select>`, before the line break that ends it.
  const select = `<select  name='cat' id='${id}' class='postform'>\n${none}${options}</select>${script}\n`;
  return `<div ${blockWrapper('categories', attrs, 'wp-block-categories-dropdown')}><label class="screen-reader-text" for="${id}">Categories</label>${select}</div>`;
}

// MySQL's ORDER BY name under a case-insensitive collation.
function byName(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}
