import { Text, createElement, isTag, type AnyNode, type Element } from '../../dom/dom';
import type { Block } from '../../schema/block';
import { isBlank } from '../../text/decode';
import type { BodyContext } from './block-handler';
import { isInlineTag, isUnwrappedBlock, isUnwrappedInline, linkUrl, writesNothing } from './inline';
import { safeUrl } from '../../text/safe-url';
import { liftMedia } from './lift-media';
import { readImage } from './read-image';
import { isMedia } from './read-media';
import { showsAsOwnBox } from './own-box';

/**
 * Turns a run of inline nodes into blocks: paragraphs split at double line breaks (wpautop
 * leftovers), images standing on their own (alone, or alone inside a link) as image blocks, and
 * media (an oEmbed iframe, an `[audio]` player) as blocks wherever they sit in the run, inside
 * links and formatting too: the paragraph is split around them.
 */
export function inlineRunBlocks(input: AnyNode[], ctx: BodyContext): Block[] {
  const run = liftMedia(withoutPlainWrappers(input, ctx));
  const out: Block[] = [];
  let part: AnyNode[] = [];
  const flush = () => {
    const p = paragraph(part, ctx);
    if (p) out.push(p);
    part = [];
  };
  for (let i = 0; i < run.length; i++) {
    const n = run[i]!;
    if (isMedia(n)) {
      // Through the walker, so a user's handler for the tag is the one that reads it. A media
      // element dropped (warned there) leaves the text around it one paragraph.
      const blocks = ctx.blocks([n]);
      if (blocks.length) {
        flush();
        out.push(...blocks);
      }
      continue;
    }
    const image = standaloneImage(n, ctx);
    // An image without a usable URL was already warned about: reading it again would count it twice.
    if (image === DROPPED) continue;
    if (image) {
      flush();
      out.push(image);
      continue;
    }
    if (isBreak(n)) {
      // A break right after a break ends the paragraph. Looked for backwards, over what the
      // paragraph kept and what writes something: an image dropped between the two (no usable
      // URL), a comment or a script leaves them side by side in the html, where a second reading
      // splits them (a look ahead over the input saw the image and kept one paragraph).
      const last = lastWritten(part);
      if (last >= 0 && isBreak(part[last]!)) {
        part.length = last;
        flush();
        continue;
      }
    }
    part.push(n);
  }
  flush();
  return out;
}

function paragraph(nodes: AnyNode[], ctx: BodyContext): Block | null {
  if (!nodes.length) return null;
  const { html, text } = ctx.inline(nodes);
  if (isBlank(text) && !html.includes('<img')) return null;
  return { type: 'paragraph', text, html };
}

const DROPPED = 'dropped';

// `<img>` or `<a><img></a>` with nothing else visible: an image block, not inline content
// (`DROPPED` when that image has no usable URL).
function standaloneImage(n: AnyNode, ctx: BodyContext): Block | typeof DROPPED | null {
  if (!isTag(n)) return null;
  if (n.name === 'img') return record(readImage(n, ctx), ctx) ?? DROPPED;
  if (n.name !== 'a') return null;
  const only = onlyVisible(n);
  if (!only || !isTag(only) || only.name !== 'img') return null;
  const href = n.attribs.href ?? null;
  const img = readImage(only, ctx, { link: href && !isSelfLink(href, only) ? href : null });
  return record(img, ctx) ?? DROPPED;
}

// The one visible node inside a link, looking through inline wrappers the output drops
// (`<a><span><img></span></a>`, as the run itself looks through them); undefined when several.
function onlyVisible(link: Element): AnyNode | undefined {
  let node: Element = link;
  for (;;) {
    const visible = node.children.filter((c) => !(c.type === 'text' && isBlank((c as unknown as { data: string }).data)));
    const only = visible.length === 1 ? visible[0] : undefined;
    if (!only || !isTag(only) || !isUnwrappedInline(only.name) || !isInlineTag(only.name)) return only;
    node = only;
  }
}

// Wrappers the output drops anyway (`<span style>`, a builder's `<div>` or a heading left inside a
// `<p>`): their content joins the run, so an image or a double break inside one splits paragraphs
// exactly as it will when `article.html` is read again.
function withoutPlainWrappers(run: AnyNode[], ctx: BodyContext): AnyNode[] {
  if (!run.some(isDropped)) return run;
  const out: AnyNode[] = [];
  const stack = [...run].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isDropped(n)) {
      out.push(n);
      continue;
    }
    // A link with an unsafe URL is dropped by the serialiser too (it is warned about here, where it goes).
    if (n.name === 'a') linkUrl(n, ctx);
    // A block among them still ends a word, as the inline serialiser has it (a space each side).
    const block = isUnwrappedBlock(n.name) || showsAsOwnBox(n);
    if (block) stack.push(new Text(' '));
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    if (block) out.push(new Text(' '));
  }
  return out;
}

// A tag the output drops, keeping its content: an unwrapped wrapper, or a link without a safe URL.
function isDropped(n: AnyNode): n is Element {
  return isTag(n) && (isUnwrappedInline(n.name) || (n.name === 'a' && safeUrl(n.attribs.href) === null));
}

function record(img: ReturnType<typeof readImage>, ctx: BodyContext): Block | null {
  if (!img) return null;
  ctx.images.push(img);
  return img;
}

/** True when a link just points at (a size of) the image it wraps. */
export function isSelfLink(href: string, img: Element): boolean {
  const strip = (u: string) => u.replace(/[?#].*$/, '').replace(/-\d+x\d+(?=\.\w+$)/, '').replace(/-scaled(?=\.\w+$)/, '');
  const src = img.attribs['data-src'] ?? img.attribs.src ?? '';
  return strip(href) === strip(src) || /\.(jpe?g|png|gif|webp|avif|svg)$/i.test(href.replace(/[?#].*$/, ''));
}

// The index of the last node of `part` that writes something, or -1.
function lastWritten(part: AnyNode[]): number {
  let i = part.length - 1;
  while (i >= 0 && writesNothing(part[i]!)) i--;
  return i;
}

function isBreak(n: AnyNode): boolean {
  return isTag(n) && n.name === 'br';
}

export { createElement };
