import type { WxrSite, WxrTerm } from '../wxr-site';

/**
 * Archive URLs as WordPress makes them (`get_term_link`, `get_month_link`, `get_year_link`),
 * from the export's home URL and what its posts' links show of the permalink settings (plain
 * `?p=` links, or pretty ones with or without a trailing slash). An export does not hold the
 * category and tag bases or the permalink structure's front: WordPress's defaults are used
 * (`/category/`, `/tag/`, the taxonomy's name), and the blocks that link archives say so.
 */
export interface ArchiveLinks {
  term: (term: WxrTerm) => string;
  month: (year: number, month: number) => string;
  year: (year: number) => string;
}

/** The archive links of the export's site (see `ArchiveLinks`). */
export function archiveLinks(site: WxrSite): ArchiveLinks {
  const home = (site.info.baseBlogUrl ?? site.info.link ?? '').replace(/\/+$/, '');
  const links = site.listed.map((p) => p.link).filter(Boolean);
  const plain = links.some((l) => /[?&](?:p|page_id)=\d/.test(l));
  const slash = links.some((l) => l.endsWith('/'));
  const pretty = (path: string) => `${home}/${path}${slash ? '/' : ''}`;
  const path = (term: WxrTerm): string[] => {
    // Categories' archive paths are hierarchical (`/category/parent/child/`).
    const slugs = [term.slug];
    for (let t = term, depth = 0; term.taxonomy === 'category' && t.parent && depth < 50; depth++) {
      const parent = site.term(t.taxonomy, t.parent);
      if (!parent) break;
      slugs.unshift(parent.slug);
      t = parent;
    }
    return slugs;
  };
  return {
    term: (term) => {
      if (plain) {
        if (term.taxonomy === 'category') return `${home}/?cat=${term.id ?? ''}`;
        return `${home}/?${term.taxonomy === 'post_tag' ? 'tag' : term.taxonomy}=${term.slug}`;
      }
      const base = term.taxonomy === 'category' ? 'category' : term.taxonomy === 'post_tag' ? 'tag' : term.taxonomy;
      return pretty(`${base}/${path(term).join('/')}`);
    },
    month: (year, month) => (plain ? `${home}/?m=${year}${String(month).padStart(2, '0')}` : pretty(`${year}/${String(month).padStart(2, '0')}`)),
    year: (year) => (plain ? `${home}/?m=${year}` : pretty(String(year))),
  };
}
