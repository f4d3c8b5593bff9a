import type { Block, Image, ListBlock, TableCell } from '../schema/block';
import { escapeAttribute as attr, escapeHtml as esc } from '../text/decode';
import { splitParagraphs } from './paragraphs';

/** Renders one block of type `T` to HTML; `render` renders child blocks. */
export type Renderer<T extends Block['type']> = (block: Extract<Block, { type: T }>, render: (blocks: Block[]) => string) => string;

/**
 * How each block type is written as HTML. Inline `html` fields are already sanitised;
 * everything else is escaped here, so the output holds only allow-listed tags and attributes.
 * No builder classes or data attributes: only `language-*` on code and `embed` on an embed's
 * figure (so converting `article.html` again finds the embed).
 */
export const htmlRenderers: { [T in Block['type']]: Renderer<T> } = {
  heading: (b) => `<h${b.level} id="${attr(b.anchor)}">${b.html}</h${b.level}>`,
  paragraph: (b) => `<p>${b.html}</p>`,
  list: (b) => list(b),
  image: (b) => figure(b),
  gallery: (b) => `<figure>${b.images.map(figure).join('')}${b.caption ? `<figcaption>${esc(b.caption)}</figcaption>` : ''}</figure>`,
  // A quote built by hand without children (older JSON) still renders from its inline html.
  quote: (b, render) => `<blockquote>${b.children?.length ? render(b.children) : paragraphs(splitParagraphs(b.html))}${b.citation ? `<cite>${esc(b.citation)}</cite>` : ''}</blockquote>`,
  code: (b) => `<pre><code${b.language ? ` class="language-${attr(b.language)}"` : ''}>${esc(b.text)}</code></pre>`,
  table: (b) => table(b),
  embed: (b) => `<figure class="embed"><a href="${attr(b.url)}">${esc(b.url)}</a>${b.caption ? `<figcaption>${esc(b.caption)}</figcaption>` : ''}</figure>`,
  media: (b) => {
    const tag = b.kind === 'file' ? '' : b.kind;
    const el = tag ? `<${tag} controls src="${attr(b.src)}"></${tag}>` : `<a href="${attr(b.src)}">${esc(b.title ?? b.src)}</a>`;
    return `<figure>${el}${b.caption ? `<figcaption>${esc(b.caption)}</figcaption>` : ''}</figure>`;
  },
  button: (b) => (b.href ? `<p><a href="${attr(b.href)}">${b.html}</a></p>` : `<p>${b.html}</p>`),
  separator: () => '<hr>',
  details: (b, render) => `<details${b.open ? ' open' : ''}><summary>${esc(b.summary)}</summary>${render(b.children)}</details>`,
  footnotes: (b) => `<ol>${b.items.map((i) => `<li id="${attr(i.id)}">${i.html}</li>`).join('')}</ol>`,
  html: (b) => b.html,
};

/**
 * Clean semantic HTML for a body: no classes or styles from the builder, no empty
 * paragraphs, one element per block, blocks joined by newlines.
 *
 * @example renderHtml([{ type: 'paragraph', text: 'Hi', html: 'Hi' }]) // → '<p>Hi</p>'
 */
export function renderHtml(blocks: Block[]): string {
  const render = (bs: Block[]): string => bs.map((b) => (htmlRenderers[b.type] as Renderer<typeof b.type>)(b as never, render)).join('\n');
  return render(blocks);
}

function list(b: ListBlock): string {
  const tag = b.ordered ? 'ol' : 'ul';
  // A reversed list counts down from its item count unless `start` says otherwise, even 1.
  const start = b.ordered && b.start !== null && (b.start !== 1 || b.reversed) ? ` start="${b.start}"` : '';
  const rev = b.reversed ? ' reversed' : '';
  const item = (html: string) => {
    const parts = splitParagraphs(html);
    return parts.length > 1 ? paragraphs(parts) : html;
  };
  return `<${tag}${start}${rev}>${b.items.map((i) => `<li${b.ordered && i.value !== null ? ` value="${i.value}"` : ''}>${item(i.html)}${i.children ? list(i.children) : ''}</li>`).join('')}</${tag}>`;
}

// Blocks that hold several paragraphs mark them with `<br><br>` in their inline html.
function paragraphs(parts: string[]): string {
  return parts.filter((p) => p.trim()).map((p) => `<p>${p}</p>`).join('');
}

function image(i: Image): string {
  const size = `${i.width ? ` width="${i.width}"` : ''}${i.height ? ` height="${i.height}"` : ''}`;
  const img = `<img src="${attr(i.src)}" alt="${attr(i.alt)}"${i.title ? ` title="${attr(i.title)}"` : ''}${size}>`;
  return i.link ? `<a href="${attr(i.link)}">${img}</a>` : img;
}

function figure(i: Image): string {
  return `<figure>${image(i)}${i.caption ? `<figcaption>${esc(i.caption)}</figcaption>` : ''}</figure>`;
}

function table(b: Extract<Block, { type: 'table' }>): string {
  const cells = (row: TableCell[]) =>
    row.map((c) => {
      const tag = c.header ? 'th' : 'td';
      const span = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
      return `<${tag}${span}>${c.html}</${tag}>`;
    }).join('');
  const section = (tag: string, rows: TableCell[][]) => (rows.length ? `<${tag}>${rows.map((r) => `<tr>${cells(r)}</tr>`).join('')}</${tag}>` : '');
  const caption = b.caption ? `<caption>${esc(b.caption)}</caption>` : '';
  return `<table>${caption}${section('thead', b.head)}${section('tbody', b.body)}${section('tfoot', b.foot)}</table>`;
}
