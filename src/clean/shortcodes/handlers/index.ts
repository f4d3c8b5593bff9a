import type { ShortcodeHandler } from '../shortcode-handler';
import { button } from './button';
import { caption } from './caption';
import { code } from './code';
import { diviShortcodes, fill } from './divi';
import { embed, vimeo, youtube } from './embed';
import { form, formShortcodes } from './form';
import { audio, video } from './media';
import { salientShortcodes } from './salient';
import { unresolved } from './unresolved';
import { wpbakeryShortcodes } from './wpbakery';

/**
 * The default shortcode handlers, by name. `parsePost(post, { shortcodes })` merges a user's
 * over these; `keepShortcodes` keeps chosen ones verbatim. Any other shortcode is removed, its
 * content kept, with an `unknown_shortcode` warning; one whose attributes hold words a reader
 * sees keeps them (`shownText`), with an `approximated_shortcode` warning. In
 * `content.rendered`, WordPress's own shortcodes (`coreShortcodes`) are text.
 */
export const defaultShortcodes: Record<string, ShortcodeHandler> = {
  caption, wp_caption: caption,
  gallery: unresolved, playlist: unresolved,
  embed, youtube, vimeo,
  audio, video,
  code, sourcecode: code,
  button,
  ...fill(formShortcodes, form),
  ...diviShortcodes,
  ...wpbakeryShortcodes,
  ...salientShortcodes,
};
