import { Text, createElement } from '../../../dom/dom';
import type { ShortcodeHandler } from '../shortcode-handler';
import { fill } from './divi';
import { attr, block, buttonFrom, detailsFrom, imageFrom } from './factories';
import { shownText } from './shown-text';

/**
 * Salient (a WPBakery-based theme) adds its own shortcodes to `vc_*` layouts: toggles,
 * buttons, responsive text, headings, team members, milestones, fancy boxes.
 */
export const salientShortcodes: Record<string, ShortcodeHandler> = {
  ...fill(['toggles', 'tabbed_section', 'nectar_responsive_text', 'fancy_box', 'nectar_cascading_images'], block),
  nectar_highlighted_text: 'unwrap',
  ...fill(['nectar_icon', 'nectar_global_section', 'nectar_post_grid', 'nectar_blog', 'nectar_portfolio', 'recent_posts', 'nectar_gradient_text', 'nectar_lottie', 'nectar_video_lightbox', 'social_buttons', 'nectar_gmap'], 'drop'),
  // Headings whose words are in an attribute (`text_content`, `text`, `beginning_text`…).
  ...fill(['split_line_heading', 'nectar_animated_title', 'nectar_rotating_words_title'], shownText),
  // A line, unless it is only space (`line_type="No Line"`, the default).
  divider: (sc) => (sc.attrs.line_type && !/^no line$/i.test(sc.attrs.line_type.trim()) ? [createElement('hr')] : null),
  toggle: detailsFrom('title'),
  tab: detailsFrom('title'),
  nectar_btn: buttonFrom(['url'], ['text']),
  nectar_cta: buttonFrom(['url'], ['link_text', 'text']),
  image_with_animation: imageFrom(['image_url'], ['alt'], ['img_link']),
  team_member: (sc) => {
    const name = attr(sc, 'name');
    const role = attr(sc, 'job_position');
    return [
      ...(name ? [createElement('h4', {}, [new Text(name)])] : []),
      ...(role ? [createElement('p', {}, [new Text(role)])] : []),
      ...(attr(sc, 'team_memeber_bio', 'description') ? [createElement('p', {}, [new Text(attr(sc, 'team_memeber_bio', 'description')!)])] : []),
      ...(sc.content ?? []),
    ];
  },
  milestone: (sc) => {
    const line = [attr(sc, 'number'), attr(sc, 'symbol'), attr(sc, 'subject')].filter(Boolean).join(' ');
    return line ? [createElement('p', {}, [new Text(line)])] : null;
  },
};
