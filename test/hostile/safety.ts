import he from 'he';
import MarkdownIt from 'markdown-it';
import { parse, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { parseDocument } from 'htmlparser2';
import render from 'dom-serializer';
import { toMarkdown, type Article } from '../../src';

/**
 * An independent check of what unpress emits, written from the issue's allow-list and not from
 * the code under test. HTML is read with parse5 (the WHATWG algorithm browsers use), so what is
 * checked is what a browser would build, not what our own parser thinks.
 */

type Attrs = Record<string, (value: string) => boolean>;
const any = () => true;
const url = (v: string) => safeScheme(v, false);
const num = (v: string) => /^\d+$/.test(v);

/** Tags unpress may emit in `html`, and the attributes each may carry. */
export const ALLOWED: Record<string, Attrs> = {
  p: {}, br: {}, hr: {}, blockquote: {}, cite: {}, pre: {}, figcaption: {}, summary: {}, li: { id: any },
  h1: { id: any }, h2: { id: any }, h3: { id: any }, h4: { id: any }, h5: { id: any }, h6: { id: any },
  ul: {}, ol: { start: (v) => /^-?\d+$/.test(v), reversed: (v) => v === '', class: (v) => v === 'footnotes' },
  a: { href: url, title: any }, img: { src: (v) => safeScheme(v, true), alt: any, title: any, width: num, height: num },
  figure: { class: (v) => v === 'gallery' || v === 'embed', 'data-provider': (v) => /^[a-z0-9-]+$/.test(v) },
  strong: {}, em: {}, code: { class: (v) => /^language-[^\s"'<>]+$/.test(v) }, kbd: {}, samp: {}, sub: {}, sup: {}, s: {}, mark: {},
  abbr: { title: any }, q: {}, small: {}, details: { open: (v) => v === '' }, table: {}, caption: {}, thead: {}, tbody: {}, tfoot: {},
  tr: {}, th: { colspan: num, rowspan: num }, td: { colspan: num, rowspan: num },
  audio: { controls: (v) => v === '', src: url }, video: { controls: (v) => v === '', src: url },
  // parse5 adds these around a fragment parsed as a document.
  html: {}, head: {}, body: {},
};

/** markdown-it's own output adds alignment styles on table cells and `del`. */
const MARKDOWN_EXTRA: Record<string, Attrs> = {
  th: { style: (v) => /^text-align:(left|right|center)$/.test(v), colspan: num, rowspan: num },
  td: { style: (v) => /^text-align:(left|right|center)$/.test(v), colspan: num, rowspan: num },
  del: {}, section: {},
};

/**
 * True when a URL's scheme is http, https, mailto or tel, or it has none (relative, `#…`); with
 * `image`, `data:image/(png|jpeg|gif|webp|avif)` too. Every disguise is removed first: entities
 * (repeatedly), percent-encoding, whitespace and control or invisible characters anywhere.
 */
export function safeScheme(value: string, image: boolean): boolean {
  let v = value;
  for (let i = 0; i < 4; i++) {
    let next = he.decode(v);
    try {
      next = decodeURIComponent(next);
    } catch {
      // a lone % is fine
    }
    if (next === v) break;
    v = next;
  }
  v = v.replace(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();
  const m = /^([^:/?#]*):/.exec(v);
  if (!m) return true;
  if (['http', 'https', 'mailto', 'tel'].includes(m[1]!)) return true;
  return image && /^data:image\/(png|jpe?g|gif|webp|avif);/.test(v);
}

type Node = DefaultTreeAdapterMap['node'];

/** A start tag as the HTML tokenizer reads it; group 1 is its attributes. */
const TAG = /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/** Every problem in an HTML string, as a browser would parse it (empty when it is safe). */
export function htmlProblems(html: string, extra: Record<string, Attrs> = {}): string[] {
  const problems: string[] = [];
  const allowed = { ...ALLOWED, ...extra };
  const stack: Node[] = [parse(html) as unknown as Node];
  while (stack.length) {
    const n = stack.pop()!;
    if ('tagName' in n) {
      const rules = Object.prototype.hasOwnProperty.call(allowed, n.tagName) ? allowed[n.tagName] : undefined;
      if (!rules) problems.push(`tag <${n.tagName}>`);
      if (n.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`foreign element <${n.tagName}>`);
      for (const a of n.attrs) {
        const check = rules && Object.prototype.hasOwnProperty.call(rules, a.name) ? rules[a.name] : undefined;
        if (!check) problems.push(`attribute ${a.name} on <${n.tagName}>`);
        else if (!check(a.value)) problems.push(`value ${JSON.stringify(a.value.slice(0, 60))} of ${a.name} on <${n.tagName}>`);
      }
      if (n.tagName === 'template') stack.push((n as unknown as { content: Node }).content);
    }
    if ('childNodes' in n) for (const c of n.childNodes) stack.push(c as Node);
  }
  // Raw-text checks too, tag by tag, outside quoted attribute values (a title may say "onclick=").
  // (parse5 serialises `<` raw inside attribute values, as browsers' innerHTML does: harmless there.)
  if (/<script/i.test(html.replace(TAG, (t) => t.replace(/"[^"]*"|'[^']*'/g, '""')))) problems.push('<script in the markup');
  for (const m of html.matchAll(TAG)) {
    if (/(^|\s)on\w+\s*=/i.test(m[1]!.replace(/"[^"]*"|'[^']*'/g, '""'))) problems.push(`an on… attribute in ${m[0].slice(0, 60)}`);
  }
  return problems;
}

/**
 * Problems in `html` and in what it turns into after the round trips that cause mXSS: parse and
 * serialise with parse5 (a browser's innerHTML), with htmlparser2 + dom-serializer (what
 * unpress itself uses), and parse5 once more over each result.
 */
export function htmlRoundTripProblems(html: string): string[] {
  const viaParse5 = serialize(parseFragment(html));
  const viaHtmlparser2 = render(parseDocument(html, { decodeEntities: true }), { decodeEntities: true });
  const again = serialize(parseFragment(viaParse5));
  return [html, viaParse5, viaHtmlparser2, again].flatMap((h, i) => htmlProblems(h).map((p) => `${['as emitted', 'parse5 round trip', 'htmlparser2 round trip', 'second parse5 round trip'][i]}: ${p}`));
}

// markdown-it refuses javascript: links itself; turn that off to see what unpress wrote.
const markdownRenderer = new MarkdownIt({ html: true, linkify: false });
markdownRenderer.validateLink = () => true;

/** Problems in a Markdown string, judged by the HTML a CommonMark renderer (raw HTML on) makes of it. */
export function markdownProblems(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return htmlProblems(markdownRenderer.render(body), MARKDOWN_EXTRA);
}

const MDX_COMPONENT = /<(YouTube|Vimeo|Tweet|Instagram|TikTok|Spotify|Embed)( (id|url|provider)="[^"{}<>`]*")* \/>/g;

/**
 * Problems in MDX: any expression (`{…}` outside code) or JSX other than unpress's embed
 * components (`<YouTube id="…" url="…" />`) would run code or render markup in an MDX site.
 */
export function mdxProblems(mdx: string): string[] {
  const body = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    // Fenced code: a backtick fence's info string has no backtick (CommonMark), so a line that
    // starts with a code span (``` `` x ```) opens none.
    .replace(/^(`{3,})[^`\n]*\n[\s\S]*?^\1[^\S\n]*$/gm, '')
    .replace(/^(~{3,})[^\n]*\n[\s\S]*?^\1[^\S\n]*$/gm, '')
    .replace(/(?<![\\`])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
    .replace(MDX_COMPONENT, '');
  const problems: string[] = [];
  const brace = /(?<!\\)(?:\\\\)*[{}]/.exec(body);
  if (brace) problems.push(`unescaped brace near ${JSON.stringify(body.slice(Math.max(0, brace.index - 20), brace.index + 20))}`);
  const tag = /(?<!\\)<[A-Za-z/!]/.exec(body);
  if (tag) problems.push(`JSX/HTML near ${JSON.stringify(body.slice(Math.max(0, tag.index - 20), tag.index + 40))}`);
  return [...problems, ...markdownProblems(mdx.replace(MDX_COMPONENT, ''))];
}

// The shortcodes unpress writes itself for Hugo embeds, one per line.
const HUGO_EMBED = /^\{\{< (youtube|vimeo|x|instagram) [^\n]*>\}\}$/gm;

/**
 * Problems in Markdown for Hugo: Hugo runs `{{< … >}}` and `{{% … %}}` wherever they are, code
 * included, before it reads the Markdown; only unpress's own embeds and the comment form
 * (`{{</* … *\/>}}`, which Hugo prints) may be there. A comment form that never closes stops
 * Hugo's build ("comment must be closed"), as does an opener that never closes.
 */
export function hugoProblems(markdown: string): string[] {
  // Hugo runs shortcodes in the content only; front matter values are data (a theme prints
  // `.Description` through html/template, escaped).
  const body = markdown.startsWith('---\n') ? markdown.slice(markdown.indexOf('\n---\n', 4) + 5) : markdown;
  const md = body.replace(HUGO_EMBED, '');
  // Every position, as Hugo's lexer looks (`{{{<` opens at its second brace).
  for (let at = md.indexOf('{{'); at !== -1; at = md.indexOf('{{', at + 1)) {
    const kind = md[at + 2];
    if (kind !== '<' && kind !== '%') continue;
    const end = md.startsWith('/*', at + 3) ? md.indexOf(`*/${kind === '<' ? '>' : '%'}}}`, at + 5) : -1;
    if (end === -1) return [`Hugo shortcode near ${JSON.stringify(md.slice(Math.max(0, at - 20), at + 40))}`];
    at = end;
  }
  return [];
}

/** Every URL field of an article, with its name. */
export function urlFields(a: Article): [string, string, boolean][] {
  const out: [string, string, boolean][] = [];
  const add = (name: string, v: string | null | undefined, image = false) => {
    if (typeof v === 'string') out.push([name, v, image]);
  };
  a.images.forEach((i, n) => {
    add(`images[${n}].src`, i.src, true);
    add(`images[${n}].link`, i.link);
    i.srcset.forEach((s) => add(`images[${n}].srcset`, s.url, true));
  });
  a.links.forEach((l, n) => add(`links[${n}].href`, l.href));
  a.sources.forEach((s, n) => add(`sources[${n}].url`, s.url));
  if (a.featuredImage) {
    add('featuredImage.url', a.featuredImage.url, true);
    a.featuredImage.variants.forEach((v) => add('featuredImage.variants', v.url, true));
  }
  add('link', a.link);
  add('author.url', a.author?.url);
  // SEO: every string that looks like a URL field (canonical, og:image, twitter:image, …).
  const stack: [string, unknown][] = [['seo', a.seo]];
  while (stack.length) {
    const [path, v] = stack.pop()!;
    // Graph keys too (`sameAs[0]`, breadcrumb `item`, `potentialAction.target.urlTemplate`, `mainEntityOfPage`).
    // A blank-node id (`_:b0`) names a node inside the graph; no reader follows it as a link.
    if (typeof v === 'string' && path.endsWith('@id') && v.startsWith('_:')) continue;
    if (typeof v === 'string' && /(url|image|canonical|href|src|link|logo|@id|item|sameAs|target|urlTemplate|mainEntityOfPage|contentUrl|embedUrl|thumbnailUrl)(\[\d+\])?$/i.test(path)) add(path, v, /image|logo|thumbnail/i.test(path));
    else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) stack.push([`${path}.${k}`, c]);
  }
  const walk = (blocks: Article['body'], at: string) => {
    blocks.forEach((b, n) => {
      if (b.type === 'embed') add(`${at}[${n}].url`, b.url);
      if (b.type === 'media') add(`${at}[${n}].src`, b.src);
      if (b.type === 'button') add(`${at}[${n}].href`, b.href);
      if (b.type === 'details') walk(b.children, `${at}[${n}].children`);
    });
  };
  walk(a.body, 'body');
  return out;
}

/** Every safety problem of an article: its html, text, Markdown (plain, with HTML, MDX, for Hugo) and URLs. */
export function articleProblems(a: Article): string[] {
  const problems: string[] = [];
  const tag = (where: string, list: string[]) => list.forEach((p) => problems.push(`${where}: ${p}`));
  tag('html', htmlRoundTripProblems(a.html));
  tag('markdown', markdownProblems(toMarkdown(a)));
  tag('markdown html:true', markdownProblems(toMarkdown(a, { html: true })));
  tag('mdx', mdxProblems(toMarkdown(a, { mdx: true })));
  tag('hugo', hugoProblems(toMarkdown(a, { frontMatter: 'hugo', embeds: 'hugo' })));
  for (const [name, v, image] of urlFields(a)) if (!safeScheme(v, image)) problems.push(`${name}: unsafe URL ${JSON.stringify(v.slice(0, 80))}`);
  // The title and subtitle come from markup fields; an excerpt made from the body is its text,
  // where `&lt;script&gt;` is words a reader saw (escaped again wherever it is written).
  for (const [name, v] of [['title', a.title], ['subtitle', a.subtitle]] as const) {
    if (v && /<[a-z!/]/i.test(v)) problems.push(`${name} carries markup: ${JSON.stringify(v.slice(0, 80))}`);
  }
  return problems;
}
