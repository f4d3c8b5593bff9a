import type { Profile } from '../profile';

/**
 * Rules for every post, whatever built it: markup that is never content (scripts, styles,
 * forms, embedded objects, inline SVG icons) and plugin noise (sharing buttons, likes,
 * related posts, table-of-contents boxes).
 */
export const common: Profile = {
  name: 'common',
  priority: -100,
  detect: () => true,
  rules: [
    { name: 'never-content', match: { tags: ['script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base', 'svg', 'math', 'canvas'] }, action: 'drop' },
    { name: 'embedded-objects', match: { tags: ['object', 'embed', 'applet', 'frameset', 'frame'] }, action: 'drop', warn: 'dropped_object' },
    { name: 'forms', match: { tags: ['form'] }, action: 'drop', warn: 'dropped_form' },
    { name: 'form-controls', match: { tags: ['input', 'select', 'textarea', 'button', 'option', 'datalist', 'output', 'dialog'] }, action: 'drop' },
    { name: 'hidden', match: { attrs: { hidden: true } }, action: 'drop' },
    { name: 'screen-reader-text', match: { classes: ['screen-reader-text', 'sr-only'] }, action: 'drop' },
    {
      name: 'plugin-noise',
      match: {
        classes: [
          'sharedaddy', 'sd-sharing-enabled', 'jp-relatedposts', 'sd-like', 'wpl-likebox', 'jetpack-likes-widget-wrapper',
          'ez-toc-container', 'toc_container', 'lwptoc', 'rank-math-toc-block', 'wp-block-yoast-seo-table-of-contents',
          'addtoany_share_save_container', 'a2a_kit', 'shared-counts-wrap', 'social-share', 'ss-inline-share-wrapper',
          'adsbygoogle', 'wp-block-post-comments-form', 'yarpp-related', 'crp_related',
        ],
      },
      action: 'drop',
    },
    { name: 'ez-toc-id', match: { attrs: { id: 'ez-toc-container' } }, action: 'drop' },
  ],
};
