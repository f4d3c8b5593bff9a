import { createElement, type AnyNode, type Element } from '../../dom/dom';

/**
 * The canonical markup that clean rules emit and block handlers read. Builders express the
 * same things in a hundred ways; after cleaning, each thing has exactly one form:
 *
 * - `<u-embed url="…" caption="…">`: an embedded video/post/map, by its public URL.
 * - `<u-media kind="audio|video|file" src="…" title="…" caption="…">`: a media file.
 * - `<u-button href="…">label</u-button>`: a call-to-action link.
 * - `<u-gallery caption="…">` holding `<figure><img><figcaption>` children.
 * - `<u-quote citation="…">` holding the quote's paragraphs.
 * - `<details open?><summary>…</summary>…</details>` for accordions, toggles and tabs.
 * - Standard `figure`/`img`/`figcaption`, `table`, `pre`/`code`, `hr`, `ul`/`ol` otherwise.
 */
export const canonical = {
  /** `<u-embed url caption>`: an embed by its public URL (the body stage recognises the provider). */
  embed(url: string, caption: string | null = null): Element {
    return createElement('u-embed', attrs({ url, caption }));
  },
  /** `<u-media kind src title caption>`: an audio or video player, or a file to download. */
  media(kind: 'audio' | 'video' | 'file', src: string, title: string | null = null, caption: string | null = null): Element {
    return createElement('u-media', attrs({ kind, src, title, caption }));
  },
  /** `<u-button href>`: a call-to-action link; `children` is its label. */
  button(href: string | null, children: AnyNode[]): Element {
    return createElement('u-button', attrs({ href }), children);
  },
  /** `<u-gallery caption>` around `figures` (`<figure><img><figcaption>`, or bare images). */
  gallery(figures: AnyNode[], caption: string | null = null): Element {
    return createElement('u-gallery', attrs({ caption }), figures);
  },
  /** `<u-quote citation>` around the quote's content. */
  quote(children: AnyNode[], citation: string | null = null): Element {
    return createElement('u-quote', attrs({ citation }), children);
  },
  /** `<details open?><summary>…</summary>…</details>`: an accordion item, toggle or tab. */
  details(summary: AnyNode[], body: AnyNode[], open = false): Element {
    const s = createElement('summary', {}, summary);
    return createElement('details', open ? { open: '' } : {}, [s, ...body]);
  },
};

function attrs(values: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== '') out[k] = v;
  return out;
}
