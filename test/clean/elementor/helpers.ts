import { cleanHtml } from '../../../src/clean/clean-html';
import { createContext, type Context } from '../../../src/context';
import { walkBlocks } from '../../../src/extract/body/walk-blocks';
import { resolveOptions } from '../../../src/resolve-options';
import type { Block } from '../../../src/schema/block';
import type { WpPost } from '../../../src/schema/wp-post';

/** Cleans `html` as a post's content and walks it into blocks (no metadata stages). */
export function blocksOf(html: string): { blocks: Block[]; editor: string; ctx: Context } {
  const ctx = createContext({ id: 1 } as WpPost, resolveOptions());
  const { root, editor } = cleanHtml(html, ctx);
  return { blocks: walkBlocks(root.children, ctx, ctx.options.blockHandlers), editor, ctx };
}

/** An Elementor widget wrapper; `container: false` is the Optimized Markup form without `.elementor-widget-container`. */
export function widget(name: string, inner: string, opts: { container?: boolean; attrs?: string; classes?: string } = {}): string {
  const body = opts.container === false ? inner : `<div class="elementor-widget-container">${inner}</div>`;
  return `<div class="elementor-element elementor-element-abc123 ${opts.classes ?? ''} elementor-widget elementor-widget-${name}" data-id="abc123" data-element_type="widget" data-widget_type="${name}.default" ${opts.attrs ?? ''}>${body}</div>`;
}

/** The Elementor document wrapper around `inner`, in a flexbox container. */
export function doc(inner: string): string {
  return `<div data-elementor-type="wp-post" data-elementor-id="1" class="elementor elementor-1"><div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">${inner}</div></div></div>`;
}

/** Shorthand: the blocks of widgets placed in a document. */
export function widgetBlocks(...widgets: string[]): Block[] {
  return blocksOf(doc(widgets.join(''))).blocks;
}
