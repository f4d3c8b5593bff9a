import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** A post of the bench corpus, kept as its JSON text: the floor and unpress both start from bytes. */
export interface CorpusPost {
  json: string;
  /** Which fixture it came from and how it was scaled, for the corpus summary. */
  source: string;
  scale: number;
}

/** mulberry32: a tiny deterministic PRNG, so every run (and every machine) gets the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scale of a post: 40% at 0.5×, 50% at 1×, 10% at 4× content (the issue's corpus). */
export function pickScale(r: number): number {
  if (r < 0.1) return 4;
  if (r < 0.5) return 0.5;
  return 1;
}

/**
 * The content scaled: 4× repeats it, 0.5× cuts it right after the first closing tag past the
 * middle (the parser closes what stays open, as it does on real truncated exports).
 */
export function scaleContent(html: string, scale: number): string {
  if (scale >= 1) return html.repeat(scale);
  const cut = html.indexOf('>', Math.floor(html.length * scale));
  return cut < 0 ? html : html.slice(0, cut + 1);
}

/** Posts of the fixtures worth benchmarking: single posts with real content, sorted by folder. */
export function fixturePosts(root: string, only?: string): { name: string; post: Record<string, any> }[] {
  const out: { name: string; post: Record<string, any> }[] = [];
  for (const name of readdirSync(root).sort()) {
    if (only && !name.startsWith(only)) continue;
    const file = join(root, name, 'input.json');
    if (!existsSync(file) || existsSync(join(root, name, 'options.json'))) continue;
    let post: unknown;
    try {
      post = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    const html = (post as any)?.content?.rendered;
    if (post && typeof post === 'object' && !Array.isArray(post) && typeof html === 'string' && html.length >= 2000) {
      out.push({ name, post: post as Record<string, any> });
    }
  }
  return out;
}

/**
 * A post's JSON as the REST API sends it: PHP's `json_encode` (WordPress passes no flags)
 * escapes `/` as `\/` and every non-ASCII character as `\uXXXX`, so the text is pure ASCII (a
 * one-byte string in V8; the seed fixture is exactly this), where `JSON.stringify` keeps the
 * characters (a two-byte string as soon as one is not Latin-1) and the slashes.
 *
 * @example wpJson({ a: 'x/’' }) // → '{"a":"x\\/\\u2019"}'
 */
export function wpJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `n` posts drawn deterministically from the fixtures, each with its own id and slug, its
 * content scaled by `pickScale`, written by `encode` (by default as WordPress sends it, `wpJson`;
 * `JSON.stringify` for the corpus of earlier sessions). Same arguments, same fixtures →
 * byte-identical corpus.
 */
export function makeCorpus(n: number, fixturesDir: string, only?: string, encode: (post: unknown) => string = wpJson): CorpusPost[] {
  const pool = fixturePosts(fixturesDir, only);
  if (!pool.length) throw new Error(`no fixture posts under ${fixturesDir}${only ? ` starting with ${only}` : ''}`);
  const rand = prng(0x5eed);
  const posts: CorpusPost[] = [];
  for (let i = 0; i < n; i++) {
    const { name, post } = pool[Math.floor(rand() * pool.length)]!;
    const scale = pickScale(rand());
    const copy = {
      ...post,
      id: 100000 + i,
      slug: `${post.slug ?? 'post'}-${i}`,
      content: { ...post.content, rendered: scaleContent(post.content.rendered, scale) },
    };
    posts.push({ json: encode(copy), source: name, scale });
  }
  return posts;
}
