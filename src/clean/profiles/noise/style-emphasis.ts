import { createElement, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

const BOLD = /(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\s*(?:!important\s*)?(?:;|$)/i;
const NOT_BOLD = /(?:^|;)\s*font-weight\s*:\s*(?:normal|lighter|[1-4]00)\s*(?:!important\s*)?(?:;|$)/i;
const ITALIC = /(?:^|;)\s*font-style\s*:\s*(?:italic|oblique)\s*(?:!important\s*)?(?:;|$)/i;
const NOT_ITALIC = /(?:^|;)\s*font-style\s*:\s*normal\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Text pasted from Google Docs or Word, and TinyMCE's toolbar, carry emphasis as inline styles:
 * `<span style="font-weight: 700">` is bold on the site and becomes `<strong>` (italic styles
 * `<em>`); `<b style="font-weight: normal">` (Google Docs wraps whole pastes in one) is not bold
 * and becomes a plain `<span>`. Other styles (`font-weight: 400`, colours) mean nothing here.
 *
 * @example '<span style="font-weight: 700;">x</span>' → '<strong>x</strong>'
 */
export const styleEmphasis: CleanRule = {
  name: 'style-emphasis',
  match: { tags: ['span', 'b', 'strong', 'i', 'em'], attrs: { style: true }, test: (el) => replacement(el) !== null },
  action: (el) => {
    const names = replacement(el)!;
    let children = [...el.children];
    for (let i = names.length - 1; i >= 0; i--) children = [createElement(names[i]!, {}, children)];
    return children;
  },
};

// The tags the element stands for, outermost first; null when its style changes nothing.
function replacement(el: Element): string[] | null {
  const style = el.attribs.style ?? '';
  if (el.name === 'span') {
    const names = [BOLD.test(style) && 'strong', ITALIC.test(style) && 'em'].filter((n): n is string => Boolean(n));
    return names.length ? names : null;
  }
  if ((el.name === 'b' || el.name === 'strong') && NOT_BOLD.test(style)) return ['span'];
  if ((el.name === 'i' || el.name === 'em') && NOT_ITALIC.test(style)) return ['span'];
  return null;
}
