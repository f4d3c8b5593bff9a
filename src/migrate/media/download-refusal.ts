import { isInternalHost } from './internal-host';

/** Why `downloadMedia` does not fetch a URL at all (not http(s), a host outside `hosts`, an internal address not the site's own), or null. */
export function refusal(url: string, hosts: readonly string[] | null, internal: readonly string[]): string | null {
  if (!/^https?:\/\//i.test(url)) return `${url} is not an absolute http(s) URL`;
  const host = hostOf(url);
  if (hosts && !hosts.some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`))) return `${host} is not among the hosts downloads may use`;
  if (!hosts && isInternalHost(host) && !internal.some((h) => h.toLowerCase() === host)) return `${host} is an internal address (content can name one to make the migration fetch from inside its network); not the site's own, so not fetched`;
  return null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
