import { toMarkdown } from '../../src/render/to-markdown';
import type { Article } from '../../src/schema/article';
import type { Block } from '../../src/schema/block';
import { findLeaks, type Leaks } from './leaks';
import { measureRendered, type RenderedMeasure } from './rendered-measure';
import { sourceText } from './source-text';
import { bag, overlap, squash, words } from './words';

/** The numbers of one post: source against article. */
export interface PostMeasure {
  id: number;
  sourceWords: number;
  keptWords: number;
  outputWords: number;
  contentWords: number;
  headings: [kept: number, source: number];
  listItems: [kept: number, source: number];
  leaks: Leaks;
  /** The article's Markdown as markdown-it renders it, against the source. */
  rendered: RenderedMeasure;
}

/**
 * Measures one converted post against its content HTML: the share of the source's visible
 * words the article kept, the share of the article's words that are the source's (visible text
 * or text builders keep in attributes, such as button labels of raw shortcodes), headings
 * and list items kept, and residue left in html/Markdown.
 */
export function measurePost(html: string, article: Article): PostMeasure {
  const src = sourceText(html);
  const srcBag = bag(words(src.text));
  const shownBag = bag(words(`${src.text} ${src.attributeText}`));
  const body = bodyText(article.body);
  const outBag = bag(words(body));
  const withTitle = bag(words(`${article.title} ${article.subtitle ?? ''} ${body}`));
  const labels = new Set([article.title, article.subtitle ?? '', ...labelsOf(article.body)].map(squash));
  const keptHeadings = src.headings.filter((h) => labels.has(squash(h))).length;
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return {
    id: article.id,
    sourceWords: sum(srcBag),
    keptWords: overlap(srcBag, withTitle),
    outputWords: sum(outBag),
    contentWords: overlap(outBag, shownBag),
    headings: [keptHeadings, src.headings.length],
    listItems: [Math.min(countItems(article.body), src.listItems), src.listItems],
    leaks: findLeaks(article.html, toMarkdown(article), article.text, src),
    rendered: measureRendered(article, src),
  };
}

/** The body's readable text: what `renderText` gives, without embed URLs and list markers. */
export function bodyText(blocks: Block[]): string {
  const out: string[] = [];
  walk(blocks, (b) => {
    if (b.type === 'heading' || b.type === 'paragraph' || b.type === 'code' || b.type === 'button') out.push(b.text);
    else if (b.type === 'quote') out.push(b.citation ?? ''); // its text is its children's, walked below
    else if (b.type === 'list') for (const item of flatItems(b)) out.push(item);
    else if (b.type === 'image') out.push(b.caption ?? '');
    else if (b.type === 'gallery') out.push(b.caption ?? '', ...b.images.map((i) => i.caption ?? ''));
    else if (b.type === 'table') out.push(...[...b.head, ...b.body, ...b.foot].flat().map((c) => c.text), b.caption ?? '');
    else if (b.type === 'embed') out.push(b.caption ?? '');
    else if (b.type === 'media') out.push(b.title ?? '', b.caption ?? '');
    else if (b.type === 'details') out.push(b.summary);
    else if (b.type === 'footnotes') out.push(...b.items.map((i) => i.text));
    else if (b.type === 'html') out.push(b.html.replace(/<[^>]*>/g, ' '));
  });
  return out.join('\n');
}

function labelsOf(blocks: Block[]): string[] {
  const out: string[] = [];
  walk(blocks, (b) => {
    if (b.type === 'heading') out.push(b.text);
    if (b.type === 'details') out.push(b.summary);
  });
  return out;
}

function countItems(blocks: Block[]): number {
  let n = 0;
  walk(blocks, (b) => {
    if (b.type === 'list') n += flatItems(b).length;
  });
  return n;
}

function flatItems(list: Extract<Block, { type: 'list' }>): string[] {
  const out: string[] = [];
  const stack = [list];
  while (stack.length) {
    const l = stack.pop()!;
    for (const item of l.items) {
      out.push(item.text);
      if (item.children) stack.push(item.children);
    }
  }
  return out;
}

function walk(blocks: Block[], visit: (b: Block) => void): void {
  const stack = [...blocks].reverse();
  while (stack.length) {
    const b = stack.pop()!;
    visit(b);
    if (b.type === 'details' || b.type === 'quote') stack.push(...[...b.children].reverse());
  }
}
