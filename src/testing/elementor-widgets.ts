import { autop } from '@wordpress/autop';
import { esc, escUrl } from './esc';

/** A titled panel of an accordion or tabs widget; `html` is its content as the editor holds it. */
export interface ElementorPanel {
  /** The panel's title (its tab or accordion heading). */
  title: string;
  /** The panel's content HTML. */
  html: string;
}

/** An item of an icon list: its text, or the text with a link. */
export type ElementorIconListItem = string | { text: string; url?: string };

/**
 * Any other widget: its name (`counter`, `my-plugin-card`), the settings its wrapper carries in
 * `data-settings`, and the HTML its `render()` prints.
 */
export interface OtherElementorWidget {
  /** The widget's name (`counter`, `my-plugin-card`). */
  widget: string;
  /** What the wrapper's `data-settings` holds; none when left out. */
  settings?: Record<string, unknown>;
  /** The HTML the widget's `render()` prints. */
  html?: string;
}

/**
 * An Elementor widget to place on a page. The named kinds are rendered as Elementor 3.x renders
 * them (and typed: a heading's level is 1 to 6); any other is an `OtherElementorWidget`.
 */
export type ElementorWidget =
  | { widget: 'heading'; title: string; level?: 1 | 2 | 3 | 4 | 5 | 6; url?: string }
  | { widget: 'text-editor'; html: string }
  | { widget: 'image'; url: string; alt?: string; caption?: string; width?: number; height?: number; id?: number; link?: string }
  | { widget: 'icon-list'; items: ElementorIconListItem[] }
  | { widget: 'button'; text: string; url?: string }
  | { widget: 'accordion' | 'tabs'; items: ElementorPanel[] }
  | OtherElementorWidget;

/** A named widget kind's `render()` output, given the widget and a number unique in the post. */
export type ElementorWidgetRenderer = (w: never, n: number) => string;

const heading = (w: { title: string; level?: number; url?: string }): string => {
  const tag = `h${w.level ?? 2}`;
  const inner = w.url ? `<a href="${escUrl(w.url)}">${w.title}</a>` : w.title;
  return `<${tag} class="elementor-heading-title elementor-size-default">${inner}</${tag}>`;
};

// The editor's HTML as TinyMCE keeps it: paragraphs made by wpautop.
const textEditor = (w: { html: string }): string => autop(w.html).trim();

const image = (w: { url: string; alt?: string; caption?: string; width?: number; height?: number; id?: number; link?: string }): string => {
  const size = w.width && w.height ? ` width="${w.width}" height="${w.height}"` : '';
  const id = w.id ? ` wp-image-${w.id}` : '';
  let img = `<img decoding="async"${size} src="${escUrl(w.url)}" class="attachment-large size-large${id}" alt="${esc(w.alt ?? '')}" />`;
  if (w.link) img = `<a href="${escUrl(w.link)}">\n\t\t\t\t\t\t\t${img}\t\t\t\t\t\t\t\t</a>`;
  if (!w.caption) return img;
  return `<figure class="wp-caption">\n\t\t\t\t\t${img}\n\t\t\t\t\t\t\t\t\t\t\t<figcaption class="widget-image-caption wp-caption-text">${w.caption}</figcaption>\n\t\t\t\t\t\t\t\t\t\t</figure>`;
};

const iconList = (w: { items: ElementorIconListItem[] }): string => {
  const items = w.items.map((item) => {
    const { text, url } = typeof item === 'string' ? { text: item, url: undefined } : item;
    const body = `<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t<i aria-hidden="true" class="fas fa-check"></i>\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text">${text}</span>`;
    return `\t\t\t\t\t\t\t<li class="elementor-icon-list-item">\n${url ? `\t\t\t\t\t\t\t\t\t\t\t<a href="${escUrl(url)}">\n\n${body}\n\t\t\t\t\t\t\t\t\t\t\t</a>` : body}\n\t\t\t\t\t\t\t\t\t</li>`;
  });
  return `<ul class="elementor-icon-list-items">\n${items.join('\n')}\n\t\t\t\t\t\t</ul>`;
};

const button = (w: { text: string; url?: string }): string => {
  const open = w.url ? `<a class="elementor-button elementor-button-link elementor-size-sm" href="${escUrl(w.url)}">` : '<a class="elementor-button elementor-size-sm" role="button">';
  return `<div class="elementor-button-wrapper">\n\t\t\t\t\t${open}\n\t\t\t\t\t\t<span class="elementor-button-content-wrapper">\n\t\t\t\t\t\t\t\t\t<span class="elementor-button-text">${w.text}</span>\n\t\t\t\t\t</span>\n\t\t\t\t\t</a>\n\t\t\t\t</div>`;
};

// Elementor numbers the panels of a widget from its id; here from the widget's place in the post.
const accordion = (w: { items: ElementorPanel[] }, n: number): string => {
  const items = w.items.map((p, i) => {
    const k = `${n}${i + 1}`;
    return `<div class="elementor-accordion-item">\n\t\t\t\t\t<div id="elementor-tab-title-${k}" class="elementor-tab-title" data-tab="${i + 1}" role="button" aria-controls="elementor-tab-content-${k}" aria-expanded="false">\n\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span>\n\t\t\t\t\t\t\t\t<span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i></span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t\t\t\t<a class="elementor-accordion-title" tabindex="0">${p.title}</a>\n\t\t\t\t\t</div>\n\t\t\t\t\t<div id="elementor-tab-content-${k}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region" aria-labelledby="elementor-tab-title-${k}">${autop(p.html).trim()}</div>\n\t\t\t\t</div>`;
  });
  return `<div class="elementor-accordion">\n\t\t\t\t\t\t\t${items.join('\n\t\t\t\t\t\t\t')}\n\t\t\t\t\t\t\t\t\t\t</div>`;
};

// Tabs print every title twice: once in the desktop tab list, once before its panel for mobile.
const tabs = (w: { items: ElementorPanel[] }, n: number): string => {
  const desktop = w.items.map((p, i) => `<div id="elementor-tab-title-${n}${i + 1}" class="elementor-tab-title elementor-tab-desktop-title" aria-selected="${i === 0}" data-tab="${i + 1}" role="tab" tabindex="${i === 0 ? 0 : -1}" aria-controls="elementor-tab-content-${n}${i + 1}" aria-expanded="false">${p.title}</div>`);
  const panels = w.items.map((p, i) => {
    const k = `${n}${i + 1}`;
    return `<div class="elementor-tab-title elementor-tab-mobile-title" aria-selected="${i === 0}" data-tab="${i + 1}" role="tab" tabindex="${i === 0 ? 0 : -1}" aria-controls="elementor-tab-content-${k}" aria-expanded="false">${p.title}</div>\n\t\t\t\t\t<div id="elementor-tab-content-${k}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="tabpanel" aria-labelledby="elementor-tab-title-${k}" tabindex="0"${i === 0 ? '' : ' hidden="hidden"'}>${autop(p.html).trim()}</div>`;
  });
  return `<div class="elementor-tabs">\n\t\t\t<div class="elementor-tabs-wrapper" role="tablist" >\n\t\t\t\t\t${desktop.join('\n\t\t\t\t\t')}\n\t\t\t\t\t\t\t</div>\n\t\t\t<div class="elementor-tabs-content-wrapper" role="tablist" aria-orientation="vertical">\n\t\t\t\t\t${panels.join('\n\t\t\t\t\t')}\n\t\t\t\t\t\t\t</div>\n\t\t</div>`;
};

/** The named widget kinds and how Elementor 3.x renders each. */
export const elementorWidgetRenderers: Readonly<Record<string, ElementorWidgetRenderer>> = {
  heading: heading as ElementorWidgetRenderer,
  'text-editor': textEditor as ElementorWidgetRenderer,
  image: image as ElementorWidgetRenderer,
  'icon-list': iconList as ElementorWidgetRenderer,
  button: button as ElementorWidgetRenderer,
  accordion: accordion as ElementorWidgetRenderer,
  tabs: tabs as ElementorWidgetRenderer,
};

/**
 * A widget with Elementor's wrapper (`elementor-widget-<name>`, `data-widget_type`, and the
 * inner `elementor-widget-container` that sites without "Optimized Markup" print).
 */
export function renderElementorWidget(w: ElementorWidget, id: string, n: number): string {
  const render = Object.hasOwn(elementorWidgetRenderers, w.widget) ? elementorWidgetRenderers[w.widget] : undefined;
  const { settings: given, html: own } = w as { settings?: unknown; html?: unknown };
  const settings = given && typeof given === 'object' ? ` data-settings="${esc(JSON.stringify(given))}"` : '';
  const html = render ? render(w as never, n) : typeof own === 'string' ? own : '';
  return `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${esc(w.widget)}" data-id="${id}" data-element_type="widget"${settings} data-widget_type="${esc(w.widget)}.default">\n\t\t\t\t<div class="elementor-widget-container">\n\t\t\t\t\t${html}\n\t\t\t\t</div>\n\t\t\t\t</div>`;
}
