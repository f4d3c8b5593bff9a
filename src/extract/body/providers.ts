/**
 * Embed providers unpress rebuilds from a URL. Anything else in an iframe is dropped: only
 * these hosts are known to serve embeds that are safe to publish again.
 */
export interface Provider {
  /** The name an embed block gets as its `provider` (`youtube`). */
  name: string;
  /** The host names it serves from, tested against the URL's lower-cased host. */
  hosts: RegExp;
  /** The public page URL and provider id for an embed or page URL, or null if not recognised. */
  canonical: (url: URL) => { url: string; id: string | null } | null;
}

const seg = (u: URL, i: number) => u.pathname.split('/').filter(Boolean)[i] ?? null;

/**
 * The embed providers unpress knows (YouTube, Vimeo, Dailymotion, Spotify, SoundCloud, Twitter/X,
 * Instagram, TikTok, Facebook, Google Maps, VideoPress/WordPress.tv, TED, Loom, CodePen), in the
 * order `embedFromUrl` tries them; pass a longer list to `embedFromUrl` to recognise more.
 *
 * @example providers.map((p) => p.name) // → ['youtube', 'vimeo', 'dailymotion', …]
 */
export const providers: Provider[] = [
  {
    name: 'youtube',
    hosts: /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/,
    canonical: (u) => {
      const id = u.hostname.endsWith('youtu.be') ? seg(u, 0)
        : u.pathname.startsWith('/watch') ? u.searchParams.get('v')
        : /^\/(embed|shorts|live|v)\//.test(u.pathname) ? seg(u, 1) : null;
      return id && /^[\w-]{6,}$/.test(id) ? { url: `https://www.youtube.com/watch?v=${id}`, id } : null;
    },
  },
  {
    name: 'vimeo',
    hosts: /(^|\.)vimeo\.com$/,
    canonical: (u) => {
      const id = u.pathname.split('/').filter((s) => /^\d+$/.test(s))[0] ?? null;
      return id ? { url: `https://vimeo.com/${id}`, id } : null;
    },
  },
  { name: 'dailymotion', hosts: /(^|\.)(dailymotion\.com|dai\.ly)$/, canonical: (u) => { const id = u.hostname === 'dai.ly' ? seg(u, 0) : seg(u, u.pathname.includes('/embed/') ? 2 : 1); return id ? { url: `https://www.dailymotion.com/video/${id}`, id } : null; } },
  { name: 'spotify', hosts: /(^|\.)spotify\.com$/, canonical: (u) => { const p = u.pathname.replace(/^\/embed(-podcast)?/, ''); const kind = seg(new URL(p, u), 0); const id = seg(new URL(p, u), 1); return kind && id ? { url: `https://open.spotify.com/${kind}/${id}`, id } : null; } },
  { name: 'soundcloud', hosts: /(^|\.)soundcloud\.com$/, canonical: (u) => { const inner = u.searchParams.get('url'); return { url: inner ?? `https://soundcloud.com${u.pathname}`, id: null }; } },
  { name: 'twitter', hosts: /(^|\.)(twitter\.com|x\.com)$/, canonical: (u) => { const m = /\/status(?:es)?\/(\d+)/.exec(u.pathname); return m ? { url: `https://twitter.com${u.pathname.split('/status')[0]}/status/${m[1]}`, id: m[1]! } : null; } },
  { name: 'instagram', hosts: /(^|\.)instagram\.com$/, canonical: (u) => { const m = /\/(p|reel|tv)\/([\w-]+)/.exec(u.pathname); return m ? { url: `https://www.instagram.com/${m[1]}/${m[2]}/`, id: m[2]! } : null; } },
  { name: 'tiktok', hosts: /(^|\.)tiktok\.com$/, canonical: (u) => { const m = /\/(?:video|embed(?:\/v2)?)\/(\d+)/.exec(u.pathname); return m ? { url: u.pathname.includes('/video/') ? `https://www.tiktok.com${u.pathname}` : `https://www.tiktok.com/embed/v2/${m[1]}`, id: m[1]! } : null; } },
  { name: 'facebook', hosts: /(^|\.)facebook\.com$/, canonical: (u) => { const inner = u.searchParams.get('href'); return { url: inner ?? `https://www.facebook.com${u.pathname}`, id: null }; } },
  { name: 'google-maps', hosts: /(^|\.)google\.[a-z.]+$/, canonical: (u) => (u.pathname.startsWith('/maps') ? { url: `https://www.google.com${u.pathname}${u.search}`, id: null } : null) },
  { name: 'wordpress-tv', hosts: /(^|\.)(videopress\.com|wordpress\.tv)$/, canonical: (u) => ({ url: `https://${u.hostname}${u.pathname}`, id: seg(u, 1) }) },
  { name: 'ted', hosts: /(^|\.)ted\.com$/, canonical: (u) => ({ url: `https://www.ted.com${u.pathname.replace(/^\/embed/, '')}`, id: null }) },
  { name: 'loom', hosts: /(^|\.)loom\.com$/, canonical: (u) => { const id = seg(u, 1); return id ? { url: `https://www.loom.com/share/${id}`, id } : null; } },
  { name: 'codepen', hosts: /(^|\.)codepen\.io$/, canonical: (u) => ({ url: `https://codepen.io${u.pathname.replace('/embed/', '/pen/')}`, id: null }) },
];

/**
 * Recognises an embed URL: `{ provider, url, id }` with the provider's canonical public URL,
 * or null for an unknown or unsafe host.
 *
 * @example embedFromUrl('https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0') // → { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ' }
 */
export function embedFromUrl(raw: string, table: Provider[] = providers): { provider: string; url: string; id: string | null } | null {
  let u: URL;
  try {
    u = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase();
  for (const p of table) {
    if (!p.hosts.test(host)) continue;
    const c = p.canonical(u);
    const url = c ? checkedUrl(c.url, p) : null;
    if (c && url) return { provider: p.name, url, id: c.id };
  }
  return null;
}

// A rebuilt URL is published as a link and inside MDX/shortcode attributes: it must be http(s),
// on the provider's own hosts (SoundCloud's `?url=` and Facebook's `?href=` come from the
// input), and serialised by the URL parser, which percent-encodes quotes, spaces and brackets.
function checkedUrl(raw: string, p: Provider): string | null {
  try {
    const u = new URL(raw);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    if (!p.hosts.test(u.hostname.toLowerCase())) return null;
    return u.href.replace(/['`{}]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}
