import type { Redirect } from '../schema';
import { apacheRedirects } from './formats/apache';
import { csvRedirects } from './formats/csv';
import { netlifyRedirects } from './formats/netlify';
import { nginxRedirects } from './formats/nginx';
import { vercelRedirects } from './formats/vercel';

/** Writes redirects as one file of a server's or host's format. */
export type RedirectFormat = (redirects: readonly Redirect[]) => { file: string; content: string };

/**
 * The redirect file formats `migrate` writes, by name: `netlify` (`_redirects`, also Cloudflare
 * Pages), `vercel` (`vercel.json`), `nginx` (`redirects.nginx.conf`, `map` blocks), `apache`
 * (`.htaccess`, mod_rewrite) and `csv` (`redirects.csv`). Each takes `buildRedirects`' output
 * and is safe with hostile paths (no line, quote, directive or pattern can be injected). Add a
 * format by adding an entry.
 *
 * @example
 * for (const format of Object.values(redirectFormats)) {
 *   const { file, content } = format(buildRedirects(planned));
 *   // write content to `${out}/${file}`
 * }
 */
export const redirectFormats: Record<'netlify' | 'vercel' | 'nginx' | 'apache' | 'csv', RedirectFormat> = {
  netlify: netlifyRedirects,
  vercel: vercelRedirects,
  nginx: nginxRedirects,
  apache: apacheRedirects,
  csv: csvRedirects,
};
