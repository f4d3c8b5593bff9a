import type { Warning } from './schema/article';
import type { Image } from './schema/block';
import type { WpPost } from './schema/wp-post';
import type { ResolvedOptions } from './options';

/** Collected links, in document order, before they are checked and decoded. */
export interface RawLink {
  href: string;
  text: string;
  title: string | null;
  rel: string[];
}

/**
 * The state one conversion carries through its stages. Created by `convertPost`, never shared
 * between posts, so the stages stay pure functions of (input, options).
 */
export interface Context {
  readonly post: WpPost;
  readonly options: ResolvedOptions;
  readonly warnings: Warning[];
  /** Links and images met while extracting the body, in document order. */
  readonly links: RawLink[];
  readonly images: Image[];
  /** JSON-LD found inside the content (Elementor/Yoast FAQ blocks), for `seo`. */
  readonly contentJsonLd: unknown[];
  warn(code: string, message: string, path?: string | null): void;
}

/** Makes a fresh context for one post. */
export function createContext(post: WpPost, options: ResolvedOptions): Context {
  const warnings: Warning[] = [];
  const seen = new Map<string, Warning>();
  return {
    post,
    options,
    warnings,
    links: [],
    images: [],
    contentJsonLd: [],
    warn(code, message, path = null) {
      // The same problem in 300 places is one warning with a count, not 300 lines.
      const key = `${code}\u0000${message}`;
      const prior = seen.get(key);
      if (prior) {
        const m = / \(×(\d+)\)$/.exec(prior.message);
        const n = m ? Number(m[1]) + 1 : 2;
        prior.message = `${prior.message.replace(/ \(×\d+\)$/, '')} (×${n})`;
        return;
      }
      const w: Warning = { code, message, path };
      seen.set(key, w);
      warnings.push(w);
    },
  };
}
