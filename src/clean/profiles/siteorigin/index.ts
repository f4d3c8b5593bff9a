import type { Profile } from '../../profile';
import { builderButton } from '../kit/builder-button';
import { accordion } from './accordion';
import { tabs } from './tabs';

/**
 * SiteOrigin Page Builder, rendered: `panel-layout > panel-grid > panel-grid-cell > so-panel`
 * widgets, mostly `widget_sow-editor` (TinyMCE HTML) with an optional `h3.widget-title` that
 * stays a heading. Layout needs no rule; social buttons, maps and icons go; buttons, accordions
 * and tabs become canonical markup.
 *
 * @example parsePost({ id: 1, content: { rendered: '<div class="panel-layout"><div class="so-panel widget_sow-editor"><p>A</p></div></div>' } }).editor // → 'siteorigin'
 */
export const siteorigin: Profile = {
  name: 'siteorigin',
  priority: 40,
  // `includes` first: a plain search is several times cheaper than the regex on long content.
  // A plain search first: a miss costs a fortieth of the regex's.
  detect: ({ classNames }) => classNames.includes('panel') && /\b(?:panel-layout|so-panel|panel-grid)\b/.test(classNames),
  rules: [
    {
      name: 'siteorigin-decoration',
      match: { classes: ['widget_sow-social-media-buttons', 'widget_sow-google-map', 'sow-icon-fontawesome', 'sow-icon-image', 'sow-accordion-open-close-button', 'sow-slider-pagination', 'sow-slide-nav'] },
      action: 'drop',
    },
    accordion,
    tabs,
    { name: 'siteorigin-button', match: { classes: ['ow-button-base'] }, action: builderButton },
  ],
};
