import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { isTag, isText, parseHtml, type AnyNode } from '../../src/dom/dom';
import { renderMarkdown } from '../../src/render/to-markdown';
import type { Article, Warning } from '../../src/schema/article';
import type { Block } from '../../src/schema/block';
import { INLINE, type SourceText } from './source-text';
import { bag, overlap, words } from './words';

/** What a reader of the article's Markdown sees, against what a reader of the source saw. */
export interface RenderedMeasure {
  /** Source words (visible text of `content.rendered`). */
  sourceWords: number;
  /** Source words found in the rendered Markdown (or the title and subtitle). */
  keptWords: number;
  /** Words of the rendered Markdown. */
  renderedWords: number;
  /** Rendered words that the source shows (as text, in attributes or as a media URL). */
  shownWords: number;
  /** Up to 12 source words missing from the rendered Markdown, for looking at by hand. */
  lost: string[];
  /** Up to 12 rendered words the source does not show. */
  added: string[];
  /** Media elements of the source (img, iframe, video, audio, embed, object), one per URL. */
  sourceMedia: number;
  /** Media of the article: image, gallery image, embed and media blocks, featured image excluded. */
  articleMedia: number;
  /** Warnings (article and Markdown) that say a medium was dropped or approximated. */
  mediaWarnings: number;
  /** Warnings that say content was dropped or approximated (not metadata warnings). */
  contentWarnings: number;
}

// CommonMark + GFM tables and strikethrough + footnotes, raw HTML on: what Eleventy's
// markdown-it shows (the most a generator shows; a tag written as text is a word here).
const md = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']).use(footnote);

// Warnings about the post's metadata, not its body: they never explain a lost word.
const METADATA = /^(?:date_|timezone_|seo_|invalid_seo_json|invalid_json_ld|terms_unavailable|author_unavailable|featured_image_unavailable)/;
const MEDIA = /image|embed|iframe|media|audio|video|gallery|map|player/;
const INVISIBLE = new Set(['script', 'style', 'template', 'head', 'title']);

/**
 * Renders the article's Markdown with markdown-it (no front matter) and compares the words a
 * reader sees there with the words a reader saw in the source, and the source's media with the
 * article's media blocks and media warnings.
 */
export function measureRendered(article: Article, source: SourceText): RenderedMeasure {
  const { markdown, warnings } = renderMarkdown(article, { frontMatter: false });
  const { text: rendered, urls } = visibleText(md.render(markdown));
  const srcBag = bag(words(source.text));
  const outBag = bag(words(rendered));
  const withTitle = bag(words(`${article.title} ${article.subtitle ?? ''} ${rendered}`));
  const shownBag = bag(words(`${source.text} ${source.attributeText} ${source.mediaText} ${article.title} ${article.subtitle ?? ''} ${urls}`));
  const all: Warning[] = [...article.warnings, ...warnings];
  const content = all.filter((w) => !METADATA.test(w.code));
  return {
    sourceWords: total(srcBag),
    keptWords: overlap(srcBag, withTitle),
    renderedWords: total(outBag),
    shownWords: overlap(outBag, shownBag),
    lost: missing(srcBag, withTitle),
    added: missing(outBag, shownBag),
    sourceMedia: source.media,
    articleMedia: countMedia(article.body),
    mediaWarnings: content.filter((w) => MEDIA.test(w.code)).reduce((n, w) => n + countOf(w), 0),
    contentWarnings: content.length,
  };
}

// Merged warnings say how often they happened ("… (×3)").
function countOf(w: Warning): number {
  const m = /\(×(\d+)\)$/.exec(w.message);
  return m ? Number(m[1]) : 1;
}

function total(m: Map<string, number>): number {
  let n = 0;
  for (const c of m.values()) n += c;
  return n;
}

function missing(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [w, c] of a) if (c > (b.get(w) ?? 0) && out.length < 12) out.push(w);
  return out;
}

// The text of rendered HTML as a browser lays it out: block elements apart, inline ones joined.
// `urls` is the text that is a bare URL (an embed or a file written as a link): it stands for
// a medium the source showed, not for words.
function visibleText(html: string): { text: string; urls: string } {
  const out: string[] = [];
  const urls: string[] = [];
  const stack: AnyNode[] = [...parseHtml(html).children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) {
      out.push(n.data);
      if (/^\s*https?:\/\/\S+\s*$/.test(n.data)) urls.push(n.data);
    } else if (isTag(n) && !INVISIBLE.has(n.name)) {
      if (!INLINE.has(n.name)) out.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return { text: out.join(''), urls: urls.join(' ') };
}

function countMedia(blocks: Block[]): number {
  let n = 0;
  const stack = [...blocks];
  while (stack.length) {
    const b = stack.pop()!;
    if (b.type === 'image' || b.type === 'embed' || b.type === 'media') n++;
    else if (b.type === 'gallery') n += b.images.length;
    else if (b.type === 'details' || b.type === 'quote') stack.push(...b.children);
    else if (b.type === 'list') for (const item of b.items) if (item.children) stack.push(item.children);
  }
  return n;
}
