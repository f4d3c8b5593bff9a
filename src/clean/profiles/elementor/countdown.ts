import type { CleanRule } from '../../profile';
import { byClass, widgetRule } from './widget';

/**
 * Pro countdown: dropped, with a `dropped_countdown` warning that records the due date. Its
 * markup is empty digit boxes and unit labels ("Days Hours Minutes") that a script fills in
 * relative to the reader's clock; once migrated the date is usually past, and writing
 * "Countdown to 31 December" into the article would add words the author never wrote (in a
 * language the article may not use). The date stays available in the warning; the text
 * around the widget normally says what it counts down to.
 *
 * @example countdown with `data-date="1767225600"` → nothing; warning "… due 2026-01-01T00:00:00.000Z"
 */
export const countdown: CleanRule = widgetRule('countdown', (el, ctx) => {
  const box = byClass(el, 'elementor-countdown-wrapper');
  const seconds = Number(box?.attribs['data-date']);
  const due = box?.attribs['data-evergreen-interval'] !== undefined ? 'an evergreen (per-visitor) interval'
    : Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : 'an unknown date';
  ctx.warn('dropped_countdown', `Dropped an Elementor countdown due ${due}`, 'div.elementor-widget-countdown');
  return null;
});
