import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, type Context } from '../../src/context';
import type { ResolvedOptions } from '../../src/options';
import { parseWpPost } from '../../src/parse/parse-wp-post';
import type { WpPost } from '../../src/schema/wp-post';

const UNITS = join(__dirname, '..', '..', 'fixtures', 'units');

/** The raw JSON of `fixtures/units/<name>.json` (each has a `<name>.source.md` saying where it came from). */
export function rawFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(UNITS, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** A fixture (or any raw object) validated as a post, the way `parsePost` does it. */
export function post(nameOrRaw: string | Record<string, unknown>): WpPost {
  return parseWpPost(typeof nameOrRaw === 'string' ? rawFixture(nameOrRaw) : nameOrRaw);
}

/** A fresh context with only the options the metadata extractors read. */
export function context(p: WpPost, options: Partial<ResolvedOptions> = {}, contentJsonLd: unknown[] = []): Context {
  const resolved = { head: null, seoRules: [], seopress: null, ...options } as unknown as ResolvedOptions;
  const ctx = createContext(p, resolved);
  ctx.contentJsonLd.push(...contentJsonLd);
  return ctx;
}

/** `raw` without the listed top-level keys (a post as a site without that plugin field would send it). */
export function without(raw: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const copy = { ...raw };
  for (const k of keys) delete copy[k];
  return copy;
}
