import { isTag, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/**
 * Easy Table of Contents injects empty anchor spans into every heading
 * (`<h2><span class="ez-toc-section" id="Intro"></span>Intro<span class="ez-toc-section-end"></span></h2>`).
 * The spans go; their id moves onto the heading (unless it has one) so the anchor is not lost.
 *
 * @example '<h2><span class="ez-toc-section" id="Intro"></span>Intro</h2>' → '<h2 id="Intro">Intro</h2>'
 */
export const tocAnchors: CleanRule = {
  name: 'toc-heading-anchors',
  match: { tags: ['span'], classes: ['ez-toc-section', 'ez-toc-section-end'] },
  action: (el) => {
    const id = el.attribs.id;
    const heading = id ? headingAround(el) : null;
    if (heading && !heading.attribs.id) heading.attribs.id = id!;
    return null;
  },
};

function headingAround(el: Element): Element | null {
  let p = el.parent;
  for (let i = 0; p && isTag(p) && i < 4; i++, p = p.parent) if (/^h[1-6]$/.test(p.name)) return p;
  return null;
}
