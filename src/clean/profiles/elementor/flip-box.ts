import { createElement, findElement, type AnyNode, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { blockFrom, boxHref, buttonFrom, byClass, plainText, widgetRule } from './widget';

/**
 * Pro flip box: the front face (image, title, description) then the back face (title,
 * description, button), each printed once. Many authors repeat the front title on the back;
 * an identical back title is kept once. Icons go. When the whole back face is the link
 * (`a.elementor-flip-box__back`), the button is a `span` and takes that href.
 *
 * @example flip box → `<h3>Front</h3><p>Front text</p><h3>Back</h3><p>Back text</p><u-button href="/more">More</u-button>`
 */
export const flipBox: CleanRule = widgetRule('flip-box', (el) => {
  const front = byClass(el, 'elementor-flip-box__front');
  const back = byClass(el, 'elementor-flip-box__back');
  const out: AnyNode[] = [];
  const image = front && byClass(front, 'elementor-flip-box__image');
  const img = image && findElement(image, (e) => e.name === 'img');
  if (img) out.push(createElement('figure', {}, [img]));
  const frontTitle = face(front, out, null);
  face(back, out, frontTitle);
  const button = back && buttonFrom(byClass(back, 'elementor-flip-box__button'), boxHref(el, 'elementor-flip-box__back'));
  if (button) out.push(button);
  return out;
});

// Pushes a face's title and description; returns the title's text.
function face(layer: Element | null, out: AnyNode[], skipTitle: string | null): string | null {
  if (!layer) return null;
  const title = byClass(layer, 'elementor-flip-box__layer__title');
  const text = plainText(title);
  if (title && text && text !== skipTitle) out.push(blockFrom(title));
  const description = byClass(layer, 'elementor-flip-box__layer__description');
  if (description && plainText(description)) out.push(blockFrom(description));
  return text || null;
}
