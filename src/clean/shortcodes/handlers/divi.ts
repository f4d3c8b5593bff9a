import type { Context } from '../../../context';
import { Text, createElement, type AnyNode } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { Shortcode, ShortcodeFunction, ShortcodeHandler } from '../shortcode-handler';
import { GLOBAL_MODULE_ATTR } from '../../profiles/divi/global-chrome';
import { attr, block, buttonFrom, detailsFrom, embedFrom, headingFrom, imageFrom, separator } from './factories';

/**
 * Divi's `et_pb_*` shortcodes, as REST returns them when Divi did not render (see
 * markup-patterns §1.4): layout unwrapped, modules to canonical markup, site chrome (menus,
 * forms, sidebars, post lists) dropped. `@ET-DC@…@` dynamic-content tokens are removed by the parser.
 */
export const diviShortcodes: Record<string, ShortcodeHandler> = {
  et_pb_section: globalModule,
  et_pb_fullwidth_section: globalModule,
  ...fill(['et_pb_row', 'et_pb_row_inner', 'et_pb_column', 'et_pb_column_inner', 'et_pb_text', 'et_pb_code', 'et_pb_fullwidth_code', 'et_pb_accordion', 'et_pb_tabs', 'et_pb_slider', 'et_pb_fullwidth_slider', 'et_pb_counters', 'et_pb_group'], block),
  ...fill(['et_pb_menu', 'et_pb_fullwidth_menu', 'et_pb_sidebar', 'et_pb_contact_form', 'et_pb_contact_field', 'et_pb_signup', 'et_pb_signup_custom_field', 'et_pb_social_media_follow', 'et_pb_social_media_follow_network', 'et_pb_search', 'et_pb_login', 'et_pb_post_nav', 'et_pb_comments', 'et_pb_blog', 'et_pb_portfolio', 'et_pb_fullwidth_portfolio', 'et_pb_filterable_portfolio', 'et_pb_shop', 'et_pb_post_slider', 'et_pb_fullwidth_post_slider', 'et_pb_post_title', 'et_pb_fullwidth_post_title', 'et_pb_countdown_timer', 'et_pb_map', 'et_pb_fullwidth_map', 'et_pb_map_pin', 'et_pb_icon'], 'drop'),
  et_pb_image: imageFrom(['src'], ['alt', 'title_text'], ['url']),
  et_pb_fullwidth_image: imageFrom(['src'], ['alt', 'title_text'], ['url']),
  et_pb_divider: separator,
  et_pb_button: buttonFrom(['button_url'], ['button_text']),
  et_pb_video: embedFrom('src', 'src_webm'),
  et_pb_audio: (sc) => {
    const src = attr(sc, 'audio');
    return src ? [canonical.media('audio', src, attr(sc, 'title'))] : null;
  },
  et_pb_toggle: detailsFrom('title', 'open'),
  et_pb_accordion_item: detailsFrom('title', 'open'),
  et_pb_tab: detailsFrom('title'),
  et_pb_slide: withButton(headingFrom('heading', 2), 'button_link', 'button_text'),
  et_pb_blurb: (sc, ctx) => [...(imageFrom(['image'], ['alt'])({ ...sc, content: null }, ctx) ?? []), ...(headingFrom('title', 4)(sc, ctx) ?? [])],
  et_pb_cta: withButton(headingFrom('title', 2), 'button_url', 'button_text'),
  et_pb_fullwidth_header: withButton((sc, ctx) => [...(headingFrom('title', 1)({ ...sc, content: null }, ctx) ?? []), ...para(attr(sc, 'subhead')), ...(sc.content ?? [])], 'button_one_url', 'button_one_text'),
  et_pb_testimonial: (sc) => [canonical.quote(sc.content ?? [], [attr(sc, 'author'), attr(sc, 'job_title'), attr(sc, 'company_name')].filter(Boolean).join(', ') || null)],
  et_pb_team_member: (sc) => [...(attr(sc, 'name') ? [createElement('h4', {}, [new Text(attr(sc, 'name')!)])] : []), ...para(attr(sc, 'position')), ...(sc.content ?? [])],
  et_pb_number_counter: counter,
  et_pb_circle_counter: counter,
  et_pb_counter: (sc) => [...(sc.content ?? []), ...para(attr(sc, 'percent') ? `${attr(sc, 'percent')}%` : null)],
  et_pb_gallery: (sc, ctx) => {
    ctx.warn('unresolved_shortcode', `[${sc.name} gallery_ids="${sc.attrs.gallery_ids ?? ''}"] needs media library items the post does not include`, `[${sc.name}]`);
    return null;
  },
};

/**
 * A section saved as a Divi global module (`global_module="53"`) is marked, not judged here: a
 * handler sees one shortcode, and whether it is the site's header or footer pasted into the page
 * or a reused block of content depends on where it stands (`diviGlobalChrome` decides).
 */
// A section is a block of its own (its words never run into the next section's); a global
// one is marked for the Divi profile, which drops the site's header and footer.
function globalModule(sc: Shortcode, ctx: Context): AnyNode[] | null {
  const id = attr(sc, 'global_module');
  return id ? [createElement('div', { [GLOBAL_MODULE_ATTR]: id }, sc.content ?? [])] : block(sc, ctx);
}

function counter(sc: Shortcode) {
  const n = attr(sc, 'number');
  const line = [n ? `${n}${/^on$/.test(sc.attrs.percent_sign ?? '') ? '%' : ''}` : null, attr(sc, 'title')].filter(Boolean).join(' ');
  return para(line || null);
}

function para(text: string | null) {
  return text ? [createElement('p', {}, [new Text(text)])] : [];
}

function withButton(inner: ShortcodeFunction, hrefAttr: string, textAttr: string): ShortcodeFunction {
  return (sc, ctx) => {
    const body = inner(sc, ctx) ?? [];
    return [...body, ...(buttonFrom([hrefAttr], [textAttr])({ ...sc, content: null }, ctx) ?? [])];
  };
}

/** `{ a: v, b: v }` from a list of names. */
export function fill(names: string[], handler: ShortcodeHandler): Record<string, ShortcodeHandler> {
  return Object.fromEntries(names.map((n) => [n, handler]));
}
