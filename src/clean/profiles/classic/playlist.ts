import { findElement } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';

interface Track {
  src?: unknown;
  title?: unknown;
  caption?: unknown;
}

/**
 * `[playlist]` output: the tracks are only in `script.wp-playlist-script` (JSON) and a
 * `<noscript>` list. Each track becomes `<u-media>`; the player chrome goes.
 */
export const playlist: CleanRule = {
  name: 'classic-playlist',
  match: { classes: ['wp-playlist'] },
  action: (el) => {
    const script = findElement(el, (e) => e.name === 'script');
    const json = script?.children.map((c) => ('data' in c ? String(c.data) : '')).join('') ?? '';
    let data: { type?: unknown; tracks?: unknown } = {};
    try {
      data = JSON.parse(json) as typeof data;
    } catch {
      return null;
    }
    const kind = data.type === 'video' ? 'video' : 'audio';
    const tracks = Array.isArray(data.tracks) ? (data.tracks as Track[]) : [];
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    return tracks.filter((t) => str(t.src)).map((t) => canonical.media(kind, str(t.src)!, str(t.title), str(t.caption)));
  },
};
