import { findElements, isTag, isText, type AnyNode, type Element } from '../../../dom/dom';
import type { Context } from '../../../context';
import { describe } from '../../apply-rules';
import type { Transform } from '../../profile';
import { visibleText } from './visible-text';

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

const MAX_QUOTE = 60;
const MEDIA: ReadonlySet<string> = new Set(['img', 'iframe', 'video', 'audio', 'picture']);

/**
 * A transform that drops what is not content (a shop button, a breadcrumb trail, a placeholder)
 * and warns with `code` when the element showed words (quoted) or images and players (counted):
 * an icon or an empty box goes silently; dropped words and media never do. `where` names the place in the warning (default:
 * the element's tag and first classes).
 *
 * @example { name: 'breadcrumbs', match: { classes: ['breadcrumbs'] }, action: dropNoise('dropped_breadcrumbs', 'breadcrumbs') }
 */
export function dropNoise(code: string, what: string, where: (el: Element) => string = describe): Transform {
  return (el: Element, ctx: Context) => {
    // Only whether it showed words is visibleText's to say; the quote keeps blocks apart.
    const words = visibleText(el) && quote(el);
    if (words) ctx.warn(code, `Dropped ${what}: "${words.length > MAX_QUOTE ? `${words.slice(0, MAX_QUOTE - 1)}…` : words}"`, where(el));
    else {
      const media = findElements(el, (e) => MEDIA.has(e.name)).length;
      if (media) ctx.warn(code, `Dropped ${what} with ${media === 1 ? 'an image or player' : `${media} images or players`}`, where(el));
    }
    return null;
  };
}

// The element's text with a space where one block ends and the next begins ("Company" +
// "Weaver Street 5" is not "CompanyWeaver Street 5").
function quote(el: Element): string {
  let out = '';
  const stack: (AnyNode | null)[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === null) out += ' ';
    else if (isText(n)) out += n.data;
    else if (isTag(n) && n.name !== 'script' && n.name !== 'style') {
      if (!INLINE.has(n.name)) stack.push(null);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}
