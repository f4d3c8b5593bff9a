import type { WxrSite, WxrTerm } from '../wxr-site';

/** A term with the number of published posts filed under it. */
export interface CountedTerm extends WxrTerm {
  count: number;
}

/**
 * The terms of `taxonomy` with their counts as WordPress keeps them (`term_taxonomy.count`:
 * published posts), counted from the export's published posts. With `pad`, a term counts the
 * posts of its descendants too, each post once (`pad_counts`, as lists with hierarchy and
 * counts show them).
 */
export function termCounts(site: WxrSite, taxonomy: string, pad = false): CountedTerm[] {
  const terms = site.termsOf(taxonomy);
  const posts = new Map<string, Set<number>>(terms.map((t) => [t.slug, new Set<number>()]));
  for (const p of site.listed) {
    for (const key of p.terms) {
      const [tax, slug] = key.split('\u0000') as [string, string];
      if (tax !== taxonomy) continue;
      posts.get(slug)?.add(p.id);
      if (!pad) continue;
      // Up the parents, each ancestor counting the post once.
      const seen = new Set([slug]);
      for (let t = site.term(taxonomy, slug); t?.parent && !seen.has(t.parent); t = site.term(taxonomy, t.parent)) {
        seen.add(t.parent);
        posts.get(t.parent)?.add(p.id);
      }
    }
  }
  return terms.map((t) => ({ ...t, count: posts.get(t.slug)?.size ?? 0 }));
}
