import { isTag, isText, type AnyNode, type ParentNode } from '../../dom/dom';

// `&#91;gallery&#93;` is how authors write a shortcode as text (tutorials, documentation):
// WordPress matches shortcodes in the raw HTML, so it never expands one written with entities.
// The parser decodes them to `[` and `]`, so before parsing they become two Unicode
// noncharacters (reserved for a program's internal use, never content), and after the
// shortcodes are expanded they are brackets again.
const OPEN = '\ufdd0';
const CLOSE = '\ufdd1';
// `&#91;`, `&#x5B;` (leading zeros, no `;` as the parser allows for numbers), `&lsqb;`, `&lbrack;`; the same for `]`.
const ENTITY_BRACKET = /&(?:#0*(9[13])(?![0-9]);?|#[xX]0*(5[bBdD])(?![0-9a-fA-F]);?|(lsqb|lbrack|rsqb|rbrack);)/g;
const HIDDEN = /[\ufdd0\ufdd1]/g;
const HAS_HIDDEN = /[\ufdd0\ufdd1]/;

/**
 * `html` with its entity-encoded square brackets hidden from shortcode expansion, or `null`
 * when it has none (or already holds the noncharacters used to hide them).
 *
 * @example hideEntityBrackets('&#91;b&#93; [c]') // → '\ufdd0b\ufdd1 [c]'
 */
export function hideEntityBrackets(html: string): string | null {
  if (!html.includes('&') || HAS_HIDDEN.test(html)) return null;
  let found = false;
  const out = html.replace(ENTITY_BRACKET, (_m, dec?: string, hex?: string, name?: string) => {
    found = true;
    const open = dec === '91' || (hex !== undefined && /b$/i.test(hex)) || name === 'lsqb' || name === 'lbrack';
    return open ? OPEN : CLOSE;
  });
  return found ? out : null;
}

/**
 * Turns the brackets `hideEntityBrackets` hid back into `[` and `]`, in every text and attribute
 * below `root`. Where the parser keeps entities as written (comments, and the text of `script`,
 * `style`, `textarea`, `xmp`) they go back as `&#91;` and `&#93;`: a JSON-LD script reads as it did.
 */
export function restoreBrackets(root: ParentNode): void {
  const stack: AnyNode[] = [...root.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n) || n.type === 'comment') {
      const node = n as AnyNode & { data: string };
      if (!HAS_HIDDEN.test(node.data)) continue;
      const raw = n.type === 'comment' || (node.parent !== null && isTag(node.parent) && RAW_TEXT.has(node.parent.name));
      node.data = raw ? node.data.replace(HIDDEN, (c) => (c === OPEN ? '&#91;' : '&#93;')) : unhide(node.data);
    } else if (isTag(n)) {
      for (const name of Object.keys(n.attribs)) {
        const v = n.attribs[name]!;
        if (HAS_HIDDEN.test(v)) n.attribs[name] = unhide(v);
      }
      for (const c of n.children) stack.push(c);
    }
  }
}

// Elements whose text the parser does not decode.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp']);

function unhide(value: string): string {
  return value.replace(HIDDEN, (c) => (c === OPEN ? '[' : ']'));
}
