import type { CleanRule } from '../../profile';

/**
 * Plugin output that is never part of the article, as data: each rule names the plugins it is
 * for. A user profile can replace any of them by name.
 *
 * @example '<div id="jp-post-flair" class="sharedaddy"><h3>Share this:</h3>…</div>' → nothing
 */
export const pluginNoise: CleanRule[] = [
  {
    // Jetpack sharing, likes, related posts and subscriptions; their `h3`s ("Share this:", "Like this:",
    // "Related") must not become headings.
    name: 'jetpack-noise',
    match: {
      classes: [
        'sharedaddy', 'sd-sharing-enabled', 'sd-block', 'sd-like', 'wpl-likebox', 'jetpack-likes-widget-wrapper',
        'jp-relatedposts', 'wp-block-jetpack-related-posts', 'wp-block-jetpack-sharing-buttons', 'wp-block-jetpack-like',
        'jetpack_subscription_widget', 'wp-block-jetpack-subscriptions', 'jp-sharing-input-touch',
      ],
    },
    action: 'drop',
  },
  { name: 'jetpack-noise-ids', match: { attrs: { id: true }, test: (el) => /^(jp-post-flair|jp-relatedposts|atatags-\d)/.test(el.attribs.id!) }, action: 'drop' },
  {
    // Tables of contents are rebuilt from the headings by whoever renders the article.
    name: 'table-of-contents',
    match: {
      classes: [
        'ez-toc-container', 'toc_container', 'lwptoc', 'rank-math-toc-block', 'wp-block-rank-math-toc-block',
        'wp-block-yoast-seo-table-of-contents', 'yoast-table-of-contents', 'wp-block-simpletoc-toc', 'simpletoc',
        'elementor-widget-table-of-contents', 'ht_toc_placeholder', 'joli-toc', 'wp-block-luckywp-table-of-contents',
      ],
    },
    action: 'drop',
  },
  { name: 'table-of-contents-ids', match: { attrs: { id: true }, test: (el) => el.attribs.id === 'ez-toc-container' || el.attribs.id === 'toc_container' }, action: 'drop' },
  {
    name: 'social-buttons',
    match: {
      classes: [
        'addtoany_share_save_container', 'addtoany_content', 'a2a_kit', 'shared-counts-wrap', 'social-share', 'ss-inline-share-wrapper',
        'heateor_sss_sharing_container', 'heateor_sss_horizontal_sharing', 'swp_social_panel', 'sharethis-inline-share-buttons',
        'essb_links', 'mashsb-container', 'wp-block-social-links', 'novashare-buttons', 'sassy-social-share',
      ],
    },
    action: 'drop',
  },
  {
    name: 'related-posts',
    match: { classes: ['yarpp-related', 'yarpp-related-widget', 'crp_related', 'rp4wp-related-posts', 'related-posts-by-taxonomy'] },
    action: 'drop',
  },
  {
    // AdSense, WordAds, Ad Inserter (`code-block code-block-3`), AdThrive, Ezoic, Mediavine, Quick AdSense.
    name: 'ads',
    match: {
      attrs: { class: true },
      test: (_el, c) => {
        return c.some((x) => AD_CLASSES.has(x) || x.startsWith('adthrive-') || x.startsWith('ezoic-ad')) || (c.includes('code-block') && c.some((x) => /^code-block-\d+$/.test(x)));
      },
    },
    action: 'drop',
  },
  {
    // Form plugins print a title and messages around the `<form>`: all of it goes, with one warning.
    name: 'form-plugins',
    match: {
      classes: [
        'wpcf7', 'wpforms-container', 'gform_wrapper', 'frm_forms', 'nf-form-cont', 'mc4wp-form', 'wp-block-jetpack-contact-form',
        'fluentform', 'forminator-ui', 'wpforms-confirmation-container', 'gform_confirmation_wrapper', 'et_pb_contact_form_container',
      ],
    },
    action: 'drop',
    warn: 'dropped_form',
  },
];

const AD_CLASSES = new Set(['adsbygoogle', 'google-auto-placed', 'wpcnt', 'wordads-ad-wrapper', 'wpa', 'quads-location', 'mv-ad-box', 'ad-slot']);
