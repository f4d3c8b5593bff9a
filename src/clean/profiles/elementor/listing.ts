import type { CleanRule } from '../../profile';
import { widgetRule } from './widget';

/** Pro widgets that list other posts (query loops), not content of this one. */
export const LISTING_WIDGETS = ['posts', 'portfolio', 'loop-grid', 'loop-carousel', 'archive-posts', 'posts-carousel'];

/**
 * Posts, portfolio and loop grid/carousel widgets: dropped with a `dropped_listing` warning.
 * They print teasers of *other* posts (titles, excerpts, "Read more" links) chosen by a query
 * at render time; kept, they would put foreign headings and text into this article.
 *
 * @example `<div class="elementor-widget-posts">…</div>` → nothing; warning `dropped_listing`
 */
export const listing: CleanRule = widgetRule(LISTING_WIDGETS, (el, ctx) => {
  const name = LISTING_WIDGETS.find((w) => el.attribs.class?.includes(`elementor-widget-${w}`)) ?? 'posts';
  ctx.warn('dropped_listing', `Dropped an Elementor ${name} widget (a listing of other posts)`, `div.elementor-widget-${name}`);
  return null;
}, 'elementor-listing');
