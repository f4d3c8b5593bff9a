import type { AnyNode, Element } from 'domhandler';
import { isTag, parseHtml } from '../../dom/dom';
import { isArticle, quote, walkBlocks, wrongInput, type MatcherResult, type MatcherState } from './matcher-support';

// Elements that run code, load other documents or take input: never in content to publish.
const UNSAFE_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'option', 'base', 'meta', 'link', 'head', 'title', 'svg', 'math', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'canvas', 'portal']);
// Attributes holding code, or whole documents.
const UNSAFE_ATTRIBUTES = /^(?:on.+|srcdoc|formaction|style)$/;
// Attributes whose value is a URL (or URLs).
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'poster', 'cite', 'data', 'background', 'xlink:href', 'longdesc', 'ping']);
const SAFE_SCHEME = /^(?:https?|mailto|tel):/i;

/**
 * Passes when HTML is safe to publish as it is: no element that runs code, embeds another
 * document or takes input (`script`, `style`, `iframe`, `object`, `form`, `svg`…), no event
 * handler, `style`, `srcdoc` or `formaction` attribute, and every URL `http(s)`, `mailto`,
 * `tel`, relative or a fragment (no `javascript:`, `data:` or `vbscript:`, however written:
 * the parser decodes entities, and control characters and white space are ignored as browsers
 * ignore them). Reads an HTML string, or an Article (its `html` and every block's HTML). The
 * failure names each problem and where it is.
 *
 * @example expect(parsePost(post).html).toBeSafeHtml();
 */
export function toBeSafeHtml(this: MatcherState, received: unknown): MatcherResult {
  const places: [string, string][] | null = typeof received === 'string' ? [['the HTML', received]] : isArticle(received) ? [['html', received.html], ...walkBlocks(received.body).flatMap(({ block, path }) => ('html' in block && typeof block.html === 'string' ? [[`${path}.html`, block.html] as [string, string]] : []))] : null;
  if (!places) return wrongInput('toBeSafeHtml', 'an HTML string or an Article', received);
  const problems = places.flatMap(([where, html]) => problemsOf(html).map((p) => `${p} in ${where}`));
  return {
    pass: problems.length === 0,
    message: () =>
      problems.length
        ? `expected safe HTML, but found ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.slice(0, 8).map((p) => `  ${p}`).join('\n')}${problems.length > 8 ? `\n  and ${problems.length - 8} more` : ''}`
        : 'expected unsafe HTML, but it has no unsafe element, attribute or URL',
  };
}

function problemsOf(html: string): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [parseHtml(html)];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n) && n.type !== 'root') continue;
    if (isTag(n)) check(n, out);
    const kids = (n as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

function check(el: Element, out: string[]): void {
  if (UNSAFE_ELEMENTS.has(el.name)) out.push(`<${el.name}>`);
  for (const [name, value] of Object.entries(el.attribs)) {
    if (UNSAFE_ATTRIBUTES.test(name)) out.push(`${name}=${quote(value, 60)} on <${el.name}>`);
    else if (URL_ATTRIBUTES.has(name)) {
      const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) if (!safeUrl(url)) out.push(`${name}=${quote(value, 60)} on <${el.name}>`);
    }
  }
}

// As a browser reads a URL: leading and trailing control characters and spaces trimmed, tabs
// and newlines inside removed; then a scheme, if any, must be one of the safe ones.
function safeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const v = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v);
  return !scheme || SAFE_SCHEME.test(v);
}
