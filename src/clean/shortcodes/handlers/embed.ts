import type { ShortcodeFunction, ShortcodeHandler } from '../shortcode-handler';
import { embedFrom } from './factories';

/** `[embed]https://…[/embed]`, `[embed url="…"]`, Jetpack's `[youtube ID-or-URL]` and `[vimeo …]` → an embed. */
export const embed: ShortcodeFunction = embedFrom('url', 'src');

/** Jetpack `[youtube …]`: a URL, or a bare video id. */
export const youtube: ShortcodeHandler = (sc, ctx) => {
  const v = (sc.positional[0] ?? '').replace(/^=/, '');
  const url = /^[\w-]{11}$/.test(v) ? `https://www.youtube.com/watch?v=${v}` : v;
  return embed({ ...sc, positional: url ? [url] : [] }, ctx);
};

/** Jetpack `[vimeo …]`: a URL, or a bare numeric id. */
export const vimeo: ShortcodeHandler = (sc, ctx) => {
  const v = (sc.positional[0] ?? sc.attrs.id ?? '').replace(/^=/, '');
  return embed({ ...sc, positional: /^\d+$/.test(v) ? [`https://vimeo.com/${v}`] : [v] }, ctx);
};
