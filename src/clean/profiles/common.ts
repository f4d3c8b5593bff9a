import type { Profile } from '../profile';
import { disclosureRules } from './kit/disclosure';
import { appPlaceholders } from './noise/app-placeholders';
import { breadcrumbs } from './noise/breadcrumbs';
import { emoji } from './noise/emoji';
import { formattingAroundBlocks } from './noise/formatting-around-blocks';
import { media } from './noise/media-element';
import { noscript } from './noise/noscript';
import { orphanLabels } from './noise/orphan-labels';
import { pluginNoise } from './noise/plugin-noise';
import { screenReaderOnly } from './noise/screen-reader-only';
import { shopNoise } from './noise/shop-noise';
import { styleEmphasis } from './noise/style-emphasis';
import { tocAnchors } from './noise/toc-anchors';
import { builderIds } from './noise/builder-ids';

/**
 * Rules for every post, whatever built it: markup that is never content (scripts, styles,
 * forms, embedded objects, inline SVG icons), plugin noise (sharing buttons, likes, related
 * posts, tables of contents, ads, form plugins), shop card controls, breadcrumbs, loading
 * placeholders, screen-reader-only text, labels of dropped controls, lazy-load leftovers
 * (noscript twins, emoji images), and audio and video players, whatever editor printed them.
 */
export const common: Profile = {
  name: 'common',
  priority: -100,
  detect: () => true,
  rules: [
    { name: 'never-content', match: { tags: ['script', 'style', 'template', 'noembed', 'noframes', 'xmp', 'plaintext', 'head', 'title', 'meta', 'link', 'base', 'svg', 'math', 'canvas'] }, action: 'drop' },
    noscript,
    emoji,
    media,
    { name: 'embedded-objects', match: { tags: ['object', 'embed', 'applet', 'param', 'frameset', 'frame', 'portal', 'fencedframe'] }, action: 'drop', warn: 'dropped_object' },
    { name: 'forms', match: { tags: ['form'] }, action: 'drop', warn: 'dropped_form' },
    // Before form controls: a button that heads an accordion item or a tab is its title.
    ...disclosureRules,
    { name: 'form-controls', match: { tags: ['input', 'select', 'textarea', 'button', 'option', 'datalist', 'output', 'dialog', 'keygen', 'isindex'] }, action: 'drop' },
    { name: 'hidden', match: { attrs: { hidden: true } }, action: 'drop' },
    screenReaderOnly,
    orphanLabels,
    tocAnchors,
    builderIds,
    styleEmphasis,
    formattingAroundBlocks,
    ...pluginNoise,
    ...shopNoise,
    ...breadcrumbs,
    ...appPlaceholders,
  ],
};
