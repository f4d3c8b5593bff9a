import type { LayoutName } from '../schema';

/**
 * `extension` for a generator that reads Markdown but not MDX: `.md`, and a `TypeError` when
 * MDX is asked (a caller's mistake: the generator would show the JSX as text).
 */
export function markdownOnly(name: LayoutName): (mdx: boolean) => string {
  return (mdx) => {
    if (mdx) throw new TypeError(`migrate: the ${name} layout does not read MDX (use --layout astro or plain for --mdx)`);
    return '.md';
  };
}
