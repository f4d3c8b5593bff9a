/**
 * An address the report may link to: an absolute `http:` or `https:` URL, normalised by the URL
 * parser (so spaces, quotes and control characters are percent-encoded); anything else
 * (`javascript:`, `data:`, relative, unparsable) gives null and is shown as text only.
 *
 * @example webHref('https://example.org/a b/') // → 'https://example.org/a%20b/'
 * @example webHref('javascript:alert(1)') // → null
 */
export function webHref(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

/**
 * The relative href from a page at the output folder's root (`report.html`) to `file`, a path
 * relative to that folder, `/`-separated: each segment percent-encoded (so `#`, `?`, `:` and
 * spaces stay part of the name). Null for a path that is absolute, climbs out (`..`), has an
 * empty segment or a backslash: such a file was never written where the report could link it.
 *
 * @example fileHref('content/posts/ça va/index.md') // → 'content/posts/%C3%A7a%20va/index.md'
 * @example fileHref('../etc/passwd') // → null
 */
export function fileHref(file: string | null): string | null {
  if (file === null || file === '' || file.includes('\\')) return null;
  const segments = file.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  return segments.map((s) => encodeURIComponent(s)).join('/');
}
