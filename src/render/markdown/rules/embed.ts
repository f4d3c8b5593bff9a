import type { EmbedBlock } from '../../../schema/block';
import type { MarkdownRule } from '../markdown-rule';
import type { MarkdownContext } from '../markdown-context';
import { escapeLineStart, escapeMarkdown } from '../escape';
import { withCaption } from '../caption-line';
import { own } from '../../../text/own';

/** Hugo's embedded shortcodes (gohugo.io/shortcodes): youtube, vimeo, x, instagram. */
const HUGO: Record<string, (b: EmbedBlock & { id: string }) => string | null> = {
  youtube: (b) => `{{< youtube ${b.id} >}}`,
  vimeo: (b) => `{{< vimeo ${b.id} >}}`,
  twitter: (b) => {
    const user = /(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status/i.exec(b.url)?.[1];
    return user ? `{{< x user="${user}" id="${b.id}" >}}` : null;
  },
  instagram: (b) => `{{< instagram ${b.id} >}}`,
};

/** Component names for `embeds: 'mdx'`; other providers use `<Embed provider="…" url="…" />`. */
const MDX: Record<string, string> = { youtube: 'YouTube', vimeo: 'Vimeo', twitter: 'Tweet', instagram: 'Instagram', tiktok: 'TikTok', spotify: 'Spotify' };

/**
 * Embeds are never dropped: by default the provider URL on its own line (what static site
 * generators and embed plugins turn back into a player), or a Hugo shortcode, an MDX
 * component (`<YouTube id="…" />`), or your function's output. The caption goes below.
 */
export const embed: MarkdownRule<'embed'> = (b, ctx) => {
  const style = ctx.embeds;
  let out: string | null = null;
  if (typeof style === 'function') out = style(b);
  else if (style === 'hugo' && b.id && /^[\w-]+$/.test(b.id)) out = own(HUGO, b.provider)?.(b as EmbedBlock & { id: string }) ?? null;
  else if (style === 'mdx') out = component(b, ctx);
  out ??= escapeLineStart(escapeMarkdown(ctx.rewriteUrl(b.url), ctx), ctx);
  return withCaption(out, b.caption, ctx);
};

function component(b: EmbedBlock, ctx: MarkdownContext): string {
  const attr = (v: string) => `"${v.replace(/[&"]/g, (c) => (c === '&' ? '&amp;' : '&quot;'))}"`;
  const name = own(MDX, b.provider);
  if (name && b.id) return `<${name} id=${attr(b.id)} />`;
  return `<Embed provider=${attr(b.provider)} url=${attr(ctx.rewriteUrl(b.url))} />`;
}
