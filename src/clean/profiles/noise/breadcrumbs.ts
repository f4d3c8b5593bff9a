import type { CleanRule } from '../../profile';
import { dropNoise } from '../kit/drop-noise';

const trail = dropNoise('dropped_breadcrumbs', 'breadcrumbs');

/**
 * Breadcrumb trails saved into content (a block, a shortcode, a theme or builder widget): site
 * navigation, not the article. Known plugin classes first, then what any trail declares about
 * itself (`BreadcrumbList` microdata or RDFa, a `nav` labelled breadcrumb). The words dropped
 * are warned (`dropped_breadcrumbs`).
 *
 * @example '<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="/">Home</a> » Post</p></nav>' → nothing
 */
export const breadcrumbs: CleanRule[] = [
  {
    // Yoast (block and shortcode), Rank Math, Breadcrumb NavXT (block and widget), WooCommerce,
    // Elementor Pro, Divi, Astra, Kadence, GeneratePress and generic theme classes.
    name: 'breadcrumbs',
    match: {
      classes: [
        'yoast-breadcrumbs', 'wp-block-yoast-seo-breadcrumbs', 'rank-math-breadcrumb', 'wp-block-rank-math-breadcrumb', 'wp-block-bcn-breadcrumb-trail',
        'breadcrumbs', 'breadcrumb', 'breadcrumb-trail', 'woocommerce-breadcrumb', 'wp-block-woocommerce-breadcrumbs', 'elementor-widget-breadcrumbs',
        'et_pb_breadcrumb', 'ast-breadcrumbs', 'kadence-breadcrumbs', 'aioseo-breadcrumbs', 'wp-block-aioseo-breadcrumbs',
      ],
    },
    action: trail,
  },
  // Yoast's shortcode and theme function print `<p id="breadcrumbs">` (or a span).
  { name: 'breadcrumbs-id', match: { attrs: { id: 'breadcrumbs' } }, action: trail },
  { name: 'breadcrumbs-rdfa', match: { attrs: { typeof: 'BreadcrumbList' } }, action: trail },
  { name: 'breadcrumbs-microdata', match: { attrs: { itemtype: true }, test: (el) => /schema\.org\/BreadcrumbList\b/i.test(el.attribs.itemtype!) }, action: trail },
  { name: 'breadcrumbs-nav', match: { tags: ['nav'], test: (el) => /^breadcrumbs?$/i.test((el.attribs['aria-label'] ?? '').trim()) }, action: trail },
];
