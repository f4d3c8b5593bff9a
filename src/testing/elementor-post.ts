import type { WpPost } from '../schema/wp-post';
import { renderElementorWidget, type ElementorWidget } from './elementor-widgets';
import { wpPost, type WpPostOverrides } from './wp-post';

/** What `elementorPost` builds. */
export interface ElementorPostOptions {
  /**
   * The widgets, top to bottom. A list of lists puts each inner list in its own top-level
   * container (or section): `[[heading, text], [image]]`.
   */
  widgets: ElementorWidget[] | ElementorWidget[][];
  /**
   * `containers` (flexbox containers, `e-con`, the default on sites made since Elementor 3.16)
   * or `sections` (legacy sections, columns and widget wraps).
   */
  layout?: 'containers' | 'sections';
  /** Other fields of the post (`id`, `title`, `type: 'page'`…), as `wpPost` takes them. */
  post?: WpPostOverrides;
}

/**
 * A post built with Elementor 3.x, as the REST API sends it: `content.rendered` is Elementor's
 * page markup (the `data-elementor-type` document, its containers or sections, each widget in
 * its wrapper and `elementor-widget-container`), the template `elementor_header_footer`.
 * Element ids are made from the widgets' places, so the same options give the same markup.
 *
 * @param options - the widgets, the layout, and other post fields.
 * @returns a REST post object, valid against `WpPostSchema`.
 * @example
 * const post = elementorPost({
 *   widgets: [
 *     { widget: 'heading', title: 'Opening hours', level: 2 },
 *     { widget: 'text-editor', html: '<p>Monday to Friday, 9 to 5.</p>' },
 *     { widget: 'accordion', items: [{ title: 'Holidays?', html: '<p>Closed.</p>' }] },
 *   ],
 *   layout: 'sections',
 * });
 * parsePost(post).editor; // 'elementor'
 */
export function elementorPost(options: ElementorPostOptions): WpPost {
  if (!options || !Array.isArray(options.widgets)) throw new TypeError('elementorPost: `widgets` must be a list of widgets');
  const overrides = options.post ?? {};
  const id = typeof overrides.id === 'number' ? overrides.id : 1;
  const page = overrides.type === 'page';
  const groups = (options.widgets as unknown[]).every(Array.isArray) && options.widgets.length ? (options.widgets as ElementorWidget[][]) : [options.widgets as ElementorWidget[]];
  let n = 0;
  // Elementor's element ids are 7 hex digits; these follow the element's place in the post.
  const nextId = (): string => ((0x1f3a5c0 + ++n * 0x9e37) % 0xfffffff).toString(16).padStart(7, '0');
  const top = groups.map((widgets) => (options.layout === 'sections' ? section(widgets, nextId, () => n) : container(widgets, nextId, () => n)));
  const rendered = `\t\t<div data-elementor-type="wp-${page ? 'page' : 'post'}" data-elementor-id="${id}" class="elementor elementor-${id}" data-elementor-post-type="${page ? 'page' : 'post'}">\n${top.join('\n')}\n\t\t</div>\n\t\t`;
  return wpPost({ template: 'elementor_header_footer', ...overrides, content: rendered });
}

function container(widgets: ElementorWidget[], nextId: () => string, count: () => number): string {
  const id = nextId();
  const inner = widgets.map((w) => renderElementorWidget(w, nextId(), count())).join('\n');
  return `\t\t<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}" data-element_type="container" data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}">\n\t\t\t\t\t<div class="e-con-inner">\n${inner}\n\t\t\t\t\t</div>\n\t\t\t\t</div>`;
}

function section(widgets: ElementorWidget[], nextId: () => string, count: () => number): string {
  const id = nextId();
  const column = nextId();
  const inner = widgets.map((w) => renderElementorWidget(w, nextId(), count())).join('\n');
  return `\t\t\t\t<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default elementor-section-height-default" data-id="${id}" data-element_type="section">\n\t\t\t\t\t\t<div class="elementor-container elementor-column-gap-default">\n\t\t\t\t\t<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-${column}" data-id="${column}" data-element_type="column">\n\t\t\t<div class="elementor-widget-wrap elementor-element-populated">\n${inner}\n\t\t\t\t\t</div>\n\t\t</div>\n\t\t\t\t\t</div>\n\t\t</section>`;
}
