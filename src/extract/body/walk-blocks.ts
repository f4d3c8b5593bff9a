import { cloneAround, isTag, isText, textOf, type AnyNode, type Element } from '../../dom/dom';
import type { Context } from '../../context';
import type { Block } from '../../schema/block';
import { escapeHtml, isBlank, oneLine } from '../../text/decode';
import type { BlockHandler, BodyContext } from './block-handler';
import { FORMATTING_TAGS, inlineContent, isInlineTag, type InlineContent } from './inline';
import { inlineRunBlocks } from './inline-run';
import { own } from '../../text/own';

/**
 * Walks a clean DOM into blocks in document order. Elements with a handler become blocks;
 * other elements are looked through, iteratively, so layout wrappers of any depth cost no
 * stack. Runs of inline content between blocks (bare text in a builder widget, wpautop
 * leftovers) become paragraphs.
 */
export function walkBlocks(nodes: AnyNode[], ctx: Context, handlers: Record<string, BlockHandler>, depth = 0): Block[] {
  const body = new WalkContext(ctx, handlers, depth);
  const out: Block[] = [];
  let run: AnyNode[] = [];
  // Formatting elements walked as containers (`<code>` around text and an `<em><iframe>`):
  // the text runs inside them keep that formatting, as a browser shows them.
  const formatting: Element[] = [];
  const flush = () => {
    if (run.length) out.push(...inlineRunBlocks(formatting.length ? [wrapIn(formatting, run)] : run, body));
    run = [];
  };
  // A frame per open container; `null` marks the end of one (an inline run never spans it), and
  // `END_FORMATTING` the end of a formatting container.
  const stack: (AnyNode | null | typeof END_FORMATTING)[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      continue;
    }
    if (node === END_FORMATTING) {
      formatting.pop();
      continue;
    }
    if (isText(node)) {
      if (run.length || !isBlank(node.data)) run.push(node);
      continue;
    }
    if (!isTag(node)) continue;
    if (isInline(node)) {
      run.push(node);
      continue;
    }
    flush();
    const handler = own(handlers, node.name);
    const blocks = handler ? handler(node, body) : undefined;
    if (blocks) {
      out.push(...blocks);
      continue;
    }
    // A tag already in the chain adds nothing (the inline serialiser keeps one of each), and
    // copying every level made 4,000 nested `<b><div>` allocate quadratically.
    if (FORMATTING_TAGS.has(node.name) && !formatting.some((f) => f.name === node.name)) {
      formatting.push(node);
      stack.push(END_FORMATTING);
    }
    stack.push(null);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush();
  return out;
}

const END_FORMATTING = Symbol('end of formatting');

/**
 * The post's context plus the walker, for block handlers. Its own class, not
 * `Object.create(ctx)`: an object made from a fresh prototype gets a hidden class that points
 * at that prototype, kept where only a full collection frees it, and it held every post's
 * context (and DOM) alive through the young-generation collections in between.
 */
class WalkContext implements BodyContext {
  readonly post: Context['post'];
  readonly options: Context['options'];
  readonly warnings: Context['warnings'];
  readonly links: Context['links'];
  readonly images: Context['images'];
  readonly contentJsonLd: Context['contentJsonLd'];
  readonly warn: Context['warn'];
  // Fields rather than methods, as before: handlers may pass them around or destructure them.
  readonly blocks: BodyContext['blocks'];
  readonly inline: BodyContext['inline'];

  constructor(
    private readonly ctx: Context,
    private readonly handlers: Record<string, BlockHandler>,
    readonly depth: number,
  ) {
    this.post = ctx.post;
    this.options = ctx.options;
    this.warnings = ctx.warnings;
    this.links = ctx.links;
    this.images = ctx.images;
    this.contentJsonLd = ctx.contentJsonLd;
    // Bound functions, not arrow functions made here: stored in a field, such an arrow function
    // kept the whole post (context, DOM) alive through every young-generation collection
    // (`node --trace-gc-nvp`: ~200 KB promoted per post instead of ~40 KB, and GC the largest
    // item of the profile); a bound function does not. Why V8 does so is not known here.
    this.warn = ctx.warn.bind(ctx);
    this.blocks = WalkContext.prototype.nested.bind(this);
    this.inline = WalkContext.prototype.serialise.bind(this);
  }

  private nested(kids: AnyNode[]): Block[] {
    return nestedBlocks(kids, this.ctx, this.handlers, this.depth + 1);
  }

  private serialise(kids: AnyNode[]): InlineContent {
    return inlineContent(kids, this.ctx);
  }

  get document(): Context['document'] {
    return this.ctx.document;
  }

  set document(doc: Context['document']) {
    this.ctx.document = doc;
  }

  get $(): Context['$'] {
    return this.ctx.$;
  }
}

// `run` inside copies of the formatting elements open around it, outermost first. The run's
// nodes are moved into the copies: their old parents are containers already walked.
function wrapIn(chain: Element[], run: AnyNode[]): Element {
  let inner: AnyNode[] = run;
  for (let i = chain.length - 1; i >= 0; i--) inner = [cloneAround(chain[i]!, inner)];
  return inner[0] as Element;
}

function nestedBlocks(nodes: AnyNode[], ctx: Context, handlers: Record<string, BlockHandler>, depth: number): Block[] {
  if (depth <= ctx.options.maxDepth) return walkBlocks(nodes, ctx, handlers, depth);
  ctx.warn('max_depth', `Content nested deeper than ${ctx.options.maxDepth} levels was flattened to text`, null);
  const text = oneLine(nodes.map(textOf).join(' '));
  return text ? [{ type: 'paragraph', text, html: escapeHtml(text) }] : [];
}

const blockInside = new WeakMap<Element, boolean>();

// An inline element is part of a text run unless it wraps block content (a link around a
// whole card, a span holding paragraphs): then it is a container.
function isInline(el: Element): boolean {
  if (el.name === 'img') return true;
  if (!isInlineTag(el.name)) return false;
  if (!blockInside.has(el)) markBlockInside(el);
  return !blockInside.get(el);
}

// One post-order pass over the inline elements below `root` answers the question for each of
// them, so 20,000 nested spans around a div cost one walk, not 20,000.
function markBlockInside(root: Element): void {
  const stack: [Element, boolean][] = [[root, false]];
  while (stack.length) {
    const [el, done] = stack.pop()!;
    if (done) {
      let inside = false;
      for (const c of el.children) {
        if (isTag(c) && ((!isInlineTag(c.name) && c.name !== 'img') || blockInside.get(c))) {
          inside = true;
          break;
        }
      }
      blockInside.set(el, inside);
      continue;
    }
    if (blockInside.has(el)) continue;
    stack.push([el, true]);
    for (const c of el.children) if (isTag(c) && isInlineTag(c.name)) stack.push([c, false]);
  }
}
