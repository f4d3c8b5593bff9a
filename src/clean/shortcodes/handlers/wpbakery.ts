import { Text, createElement, parseFragment } from '../../../dom/dom';
import type { Shortcode, ShortcodeHandler } from '../shortcode-handler';
import { fill } from './divi';
import { attr, block, contentText, detailsFrom, embedFrom, imageFrom, separator } from './factories';
import { canonical } from '../../canonical/canonical';

/**
 * WPBakery (Visual Composer) `vc_*` shortcodes, as REST returns them when the builder did not
 * render (markup-patterns §1.5): rows and columns unwrapped, text kept, toggles and tab/accordion
 * sections as details, buttons, headings, images and videos to canonical markup.
 */
export const wpbakeryShortcodes: Record<string, ShortcodeHandler> = {
  ...fill(['vc_row', 'vc_row_inner', 'vc_column', 'vc_column_inner', 'vc_column_text', 'vc_section', 'vc_tta_tabs', 'vc_tta_accordion', 'vc_tta_tour', 'vc_tta_pageable', 'vc_accordion', 'vc_tabs', 'vc_tour', 'vc_message', 'vc_wp_text', 'vc_raw_text'], block),
  ...fill(['vc_empty_space', 'vc_icon', 'vc_raw_js', 'vc_basic_grid', 'vc_masonry_grid', 'vc_media_grid', 'vc_masonry_media_grid', 'vc_posts_slider', 'vc_widget_sidebar', 'vc_wp_search', 'vc_wp_meta', 'vc_wp_recentcomments', 'vc_wp_calendar', 'vc_wp_pages', 'vc_wp_tagcloud', 'vc_wp_custommenu', 'vc_wp_posts', 'vc_wp_categories', 'vc_wp_archives', 'vc_wp_rss', 'vc_facebook', 'vc_tweetmeme', 'vc_pinterest', 'vc_googleplus', 'vc_flickr', 'vc_gmaps', 'vc_progress_bar', 'vc_pie', 'vc_round_chart', 'vc_line_chart'], 'drop'),
  vc_toggle: detailsFrom('title', 'open'),
  vc_tta_section: detailsFrom('title'),
  vc_accordion_tab: detailsFrom('title'),
  vc_tab: detailsFrom('title'),
  vc_separator: separator,
  vc_text_separator: (sc) => (attr(sc, 'title') ? [createElement('h3', {}, [new Text(attr(sc, 'title')!)])] : [createElement('hr')]),
  vc_single_image: imageFrom(['image', 'custom_src', 'external_img_url'], ['alt', 'title'], ['link']),
  vc_video: embedFrom('link'),
  vc_btn: (sc) => vcButton(sc, 'link', 'title'),
  vc_button: (sc) => vcButton(sc, 'href', 'title'),
  vc_button2: (sc) => vcButton(sc, 'link', 'title'),
  vc_cta: (sc) => {
    const h = attr(sc, 'h2');
    return [...(h ? [createElement('h2', {}, [new Text(h)])] : []), ...(sc.content ?? []), ...(vcButton(sc, 'btn_link', 'btn_title') ?? [])];
  },
  vc_custom_heading: (sc) => {
    const text = attr(sc, 'text');
    const tag = /tag:(h[1-6]|p|div)/.exec(sc.attrs.font_container ?? '')?.[1] ?? 'h2';
    return text ? [createElement(tag === 'div' ? 'p' : tag, {}, [new Text(text)])] : null;
  },
  vc_raw_html: (sc) => {
    const html = decodeRawHtml(contentText(sc.content).replace(/\s+/g, ''));
    return html ? parseFragment(html) : null;
  },
  vc_gallery: (sc, ctx) => {
    ctx.warn('unresolved_shortcode', `[${sc.name} images="${sc.attrs.images ?? ''}"] needs media library items the post does not include`, `[${sc.name}]`);
    return null;
  },
};

/** `link="url:https%3A%2F%2F…|title:Go|target:_blank"` → the URL. */
export function vcLink(value: string | null): string | null {
  if (!value) return null;
  const url = /(?:^|\|)url:([^|]*)/.exec(value)?.[1] ?? (value.includes('|') ? null : value);
  if (!url) return null;
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function vcButton(sc: Shortcode, linkAttr: string, titleAttr: string) {
  const raw = sc.attrs[linkAttr] ?? null;
  const label = attr(sc, titleAttr) ?? (raw ? /(?:^|\|)title:([^|]*)/.exec(raw)?.[1] ?? null : null);
  if (!label) return null;
  return [canonical.button(vcLink(raw), [new Text(safeDecode(label))])];
}

// WPBakery stores raw HTML as base64 of the URL-encoded markup.
function decodeRawHtml(b64: string): string {
  if (!/^[A-Za-z0-9+/=\s]+$/.test(b64)) return b64;
  try {
    return safeDecode(new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))));
  } catch {
    return '';
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
