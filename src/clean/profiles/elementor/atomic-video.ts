import { findElement } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';

/**
 * Elementor 4 (atomic) self-hosted video, `e-self-hosted-video`: a bare `<video>` whose
 * `<source src>` carries a media-fragment suffix for the start/end times (`#t=0`, `#t=5,20`).
 * Becomes `<u-media kind="video">`; a `#t=0` suffix (the default, no trim) is removed.
 * Source: elementor/elementor `modules/atomic-widgets/elements/atomic-self-hosted-video/atomic-self-hosted-video.html.twig`.
 *
 * @example `<video class="e-self-hosted-video-base"><source src="a.mp4#t=0"></video>` → `<u-media kind="video" src="a.mp4">`
 */
export const atomicVideo: CleanRule = {
  name: 'elementor-atomic-video',
  match: { tags: ['video'], classes: ['e-self-hosted-video-base'] },
  action: (el) => {
    const src = findElement(el, (e) => e.name === 'source')?.attribs.src ?? el.attribs.src;
    return src ? [canonical.media('video', src.replace(/#t=0$/, ''), null, null)] : undefined;
  },
};
