import { createElement, Text } from '../../../dom/dom';
import type { Profile } from '../../profile';
import { builderButton } from '../kit/builder-button';
import { accordion } from './accordion';
import { photo } from './photo';
import { tabs } from './tabs';

/**
 * Beaver Builder, rendered: `fl-row > fl-row-content-wrap > fl-col-group > fl-col > fl-module`.
 * Layout needs no rule; background media and icons go; headings keep their tag (the
 * `span.fl-heading-text` inside is inline); buttons, photos, separators, accordions and tabs
 * become canonical markup.
 *
 * @example parsePost({ id: 1, content: { rendered: '<div class="fl-row"><h2 class="fl-heading"><span class="fl-heading-text">X</span></h2></div>' } }).body // → [heading 2 "X"]
 */
export const beaver: Profile = {
  name: 'beaver',
  priority: 40,
  // A plain search first: a miss costs a tenth of the regex's.
  detect: ({ classNames }) => classNames.includes('fl-') && /\bfl-(?:builder-content|row|module|col-group)\b/.test(classNames),
  rules: [
    {
      name: 'beaver-decoration',
      match: { classes: ['fl-bg-video', 'fl-bg-slideshow', 'fl-row-bg-video', 'fl-row-bg-slideshow', 'fl-icon', 'fl-button-icon', 'fl-accordion-button-icon', 'fl-tabs-labels', 'fl-slider-prev', 'fl-slider-next', 'fl-social-icons'] },
      action: 'drop',
    },
    accordion,
    tabs,
    photo,
    { name: 'beaver-button', match: { classes: ['fl-button-wrap'] }, action: builderButton },
    { name: 'beaver-separator', match: { classes: ['fl-separator'] }, action: () => [createElement('hr')] },
    {
      // The number counter starts at 0 in the markup; the target is in `data-number`.
      name: 'beaver-number',
      match: { classes: ['fl-number-int'], attrs: { 'data-number': true } },
      action: (el) => [createElement('span', {}, [new Text(el.attribs['data-number']!)])],
    },
  ],
};
