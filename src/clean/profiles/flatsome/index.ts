import { createElement } from '../../../dom/dom';
import type { Profile } from '../../profile';
import { builderButton } from '../kit/builder-button';
import { accordion } from './accordion';
import { gallery } from './gallery';
import { tabs } from './tabs';

/**
 * Flatsome (theme) UX Builder, rendered: `section > section-content > row > col > col-inner`
 * around plain HTML, `div.text`, `div.img`, galleries, accordions and tabs. Each element prints
 * its own `<style>` (dropped by the common rules); gaps, section backgrounds, dividers and icons
 * go. Reported as `unknown`: no editor of the list made it (see `reports`).
 *
 * @example parsePost({ id: 1, content: { rendered: '<div class="row" id="row-1735029557"><div class="col"><div class="col-inner"><p>A</p></div></div></div>' } }).editor // → 'unknown'
 */
export const flatsome: Profile = {
  name: 'flatsome',
  reports: 'unknown',
  priority: 30,
  // Rows, columns and gaps carry numbered ids and start their class attribute with `row`, `col`
  // or `gap-element`: that short test first, the id search over the whole HTML only then.
  detect: ({ html, classNames }) =>
    /^(?:col|row|gap-element)\b/m.test(classNames) && (/^col-inner\b/m.test(classNames) || /id="(?:gap|row|col)-\d{6,}"/.test(html)),
  rules: [
    { name: 'flatsome-decoration', match: { classes: ['gap-element', 'section-bg', 'social-icons', 'follow-icons', 'ux-menu-link__icon'] }, action: 'drop' },
    accordion,
    tabs,
    gallery,
    { name: 'flatsome-button', match: { tags: ['a'], classes: ['button'] }, action: builderButton },
    { name: 'flatsome-divider', match: { classes: ['is-divider'] }, action: () => [createElement('hr')] },
  ],
};
