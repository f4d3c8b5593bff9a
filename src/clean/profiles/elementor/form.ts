import type { CleanRule } from '../../profile';
import { widgetRule } from './widget';

/**
 * Pro form and login widgets: dropped whole with one `dropped_form` warning (the code the
 * common rules use for a bare `<form>`). The whole widget goes, not just the `<form>`: its
 * labels, placeholder texts and submit label are interface, not article text.
 *
 * @example `<div class="elementor-widget-form"><form>…</form></div>` → nothing; warning `dropped_form`
 */
export const form: CleanRule = widgetRule(['form', 'login'], (el, ctx) => {
  const name = el.attribs.class?.includes('elementor-widget-login') ? 'login' : 'form';
  ctx.warn('dropped_form', `Dropped an Elementor ${name} widget`, `div.elementor-widget-${name}`);
  return null;
}, 'elementor-form');
