// Photon (Jetpack's image CDN) parameters that only resize or re-encode the original.
const PHOTON_PARAMS = new Set(['resize', 'fit', 'w', 'h', 'ssl', 'quality', 'strip', 'crop', 'zoom', 'lb', 'ulb', 'filter', 'brightness', 'contrast', 'colorize', 'smooth', 'is-pending-load']);

/**
 * The URL of the original upload behind a display URL: Jetpack/WordPress.com CDN hosts
 * (`i0.wp.com/site/path?resize=…`) lead back to the site, and WordPress's generated sizes
 * (`-300x200.jpg`, `-scaled.jpg`) back to the uploaded file. Anything else is returned as is.
 *
 * @example originalImageUrl('https://i0.wp.com/example.com/a-300x200.jpg?resize=300%2C200&ssl=1') // → 'https://example.com/a.jpg'
 */
export function originalImageUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.startsWith('//') ? `https:${url}` : url);
  } catch {
    return stripSizeSuffix(url);
  }
  if (/^i[0-3]\.wp\.com$/i.test(u.hostname)) {
    const [host, ...rest] = u.pathname.replace(/^\/+/, '').split('/');
    if (host && rest.length) {
      const kept = [...u.searchParams].filter(([k]) => !PHOTON_PARAMS.has(k));
      const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
      u = new URL(`https://${host}/${rest.join('/')}${query}`);
    }
  }
  u.pathname = stripSizeSuffix(u.pathname);
  return u.toString();
}

function stripSizeSuffix(path: string): string {
  return path.replace(/-\d{1,5}x\d{1,5}(?=\.[a-z0-9]{2,5}(?:$|[?#]))/i, '').replace(/-scaled(?=\.[a-z0-9]{2,5}(?:$|[?#]))/i, '');
}
