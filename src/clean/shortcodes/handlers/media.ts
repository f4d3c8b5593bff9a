import { canonical } from '../../canonical/canonical';
import type { ShortcodeHandler } from '../shortcode-handler';
import { attr } from './factories';

const AUDIO = ['src', 'mp3', 'm4a', 'ogg', 'oga', 'wav', 'wma', 'flac'];
const VIDEO = ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv', 'mov'];

/** `[audio mp3="…"]` → a media block (the first source WordPress would play). */
export const audio: ShortcodeHandler = (sc) => {
  const src = attr(sc, ...AUDIO) ?? sc.positional[0] ?? null;
  return src ? [canonical.media('audio', src)] : null;
};

/** `[video mp4="…"]` → a media block; a video "file" on YouTube or Vimeo is an embed. */
export const video: ShortcodeHandler = (sc) => {
  const src = attr(sc, ...VIDEO) ?? sc.positional[0] ?? null;
  if (!src) return null;
  return [/youtu\.?be|vimeo\.com/i.test(src) ? canonical.embed(src) : canonical.media('video', src)];
};
