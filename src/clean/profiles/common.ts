import type { Profile } from '../profile';
import { emoji } from './noise/emoji';
import { formattingAroundBlocks } from './noise/formatting-around-blocks';
import { noscript } from './noise/noscript';
import { pluginNoise } from './noise/plugin-noise';
import { styleEmphasis } from './noise/style-emphasis';
import { tocAnchors } from './noise/toc-anchors';
import { builderIds } from './noise/builder-ids';

/**
 * Rules for every post, whatever built it: markup that is never content (scripts, styles,
 * forms, embedded objects, inline SVG icons), plugin noise (sharing buttons, likes, related
 * posts, tables of contents, ads, form plugins), and lazy-load leftovers (noscript twins,
 * emoji images).
 */
export const common: Profile = {
  name: 'common',
  priority: -100,
  detect: () => true,
  rules: [
    { name: 'never-content', match: { tags: ['script', 'style', 'template', 'noembed', 'noframes', 'xmp', 'plaintext', 'head', 'title', 'meta', 'link', 'base', 'svg', 'math', 'canvas'] }, action: 'drop' },
    noscript,
    emoji,
    { name: 'embedded-objects', match: { tags: ['object', 'embed', 'applet', 'param', 'frameset', 'frame', 'portal', 'fencedframe'] }, action: 'drop', warn: 'dropped_object' },
    { name: 'forms', match: { tags: ['form'] }, action: 'drop', warn: 'dropped_form' },
    { name: 'form-controls', match: { tags: ['input', 'select', 'textarea', 'button', 'option', 'datalist', 'output', 'dialog', 'keygen', 'isindex'] }, action: 'drop' },
    { name: 'hidden', match: { attrs: { hidden: true } }, action: 'drop' },
    { name: 'screen-reader-text', match: { classes: ['screen-reader-text', 'sr-only'] }, action: 'drop' },
    tocAnchors,
    builderIds,
    styleEmphasis,
    formattingAroundBlocks,
    ...pluginNoise,
  ],
};
