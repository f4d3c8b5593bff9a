import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';

const HUGO: Record<string, (id: string) => string> = {
  youtube: (id) => `{{< youtube ${id} >}}`,
  vimeo: (id) => `{{< vimeo ${id} >}}`,
  twitter: (id) => `{{< tweet id="${id}" >}}`,
  instagram: (id) => `{{< instagram ${id} >}}`,
};

const MDX: Record<string, string> = { youtube: 'YouTube', vimeo: 'Vimeo', twitter: 'Tweet', instagram: 'Instagram', tiktok: 'TikTok', spotify: 'Spotify' };

/**
 * Embeds are never dropped: by default the provider URL on its own line (static site
 * generators auto-embed it), or a Hugo shortcode, an MDX component, or your function.
 */
export const embed: MarkdownRule<'embed'> = (b, ctx) => {
  const style = ctx.embeds;
  let out: string;
  if (typeof style === 'function') out = style(b);
  else if (style === 'hugo' && b.id && HUGO[b.provider]) out = HUGO[b.provider]!(b.id);
  else if (style === 'mdx' && ctx.mdx) out = `<${MDX[b.provider] ?? 'Embed'} ${b.id ? `id="${b.id}" ` : ''}url="${b.url}" />`;
  else out = ctx.rewriteUrl(b.url);
  return b.caption ? `${out}\n\n*${escapeMarkdown(b.caption, ctx)}*` : out;
};
