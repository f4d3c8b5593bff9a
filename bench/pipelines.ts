import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';

/**
 * The floor: what any converter must do at least, read the JSON and parse the content HTML
 * once (htmlparser2, the fastest forgiving parser in the table).
 */
export function floor(json: string): void {
  const post = JSON.parse(json) as { content?: { rendered?: string } };
  parseDocument(post.content?.rendered ?? '', { decodeEntities: true });
}

/**
 * Another build of unpress (`--baseline`): a bundle's path, or a folder holding `dist/index.js`
 * (a worktree of an older commit, built there). Its `parsePosts` takes parsed posts in every
 * version, so it runs both pipelines, one post at a time and in turns.
 */
export function loadBaseline(path: string): Library {
  const full = resolve(path);
  const bundle = statSync(full).isDirectory() ? join(full, 'dist', 'index.js') : full;
  return require(bundle) as Library;
}

/**
 * unpress as a whole site is converted (`parsePosts`, `streamPosts`, the CLI): a turn of posts
 * through `parsePosts` (each stage over the turn's posts before the next), then each article of
 * the turn to Markdown. Each post's JSON is parsed on its own, as `streamPosts` and the CLI do:
 * `JSON.parse` of a concatenated array text (a rope, not a flat string) cost 4–5× as much.
 */
export function unpressInTurns(lib: Library): (jsons: string[]) => void {
  const { parsePosts, toMarkdown } = lib;
  return (jsons) => {
    for (const article of parsePosts(jsons.map((json) => JSON.parse(json) as unknown)).articles) toMarkdown(article);
  };
}

/** What the pipelines call of a build of unpress. */
export type Library = Pick<typeof import('../src/index'), 'parsePost' | 'parsePosts' | 'toMarkdown'>;

/** unpress end to end, one post at a time: `parsePost` (html and text included) then `toMarkdown` with front matter. */
export function perPost({ parsePost, toMarkdown }: Library): (json: string) => void {
  return (json) => {
    toMarkdown(parsePost(json));
  };
}
