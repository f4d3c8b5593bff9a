import { renderArticle, type Format, type RenderOptions } from '../cli/format-article';
import { jsonElement } from '../cli/printer';
import { postStages } from '../convert-post';
import { UnpressError, type UnpressErrorCode, type UnpressIssue } from '../errors';
import type { ParseOptions, ResolvedOptions } from '../options';
import { parseWpPost } from '../parse/parse-wp-post';
import { idOf } from '../parse/id-of';
import { readJson } from '../parse/read-json';
import { sanitizeJson } from '../parse/sanitize-json';
import { asUnpressError } from '../parse-post';
import { resolveOptions } from '../resolve-options';
import { writeTemp } from '../sources/write-file-atomic';
import type { Article, Warning } from '../schema/article';

/** One post's outcome, with its place in the input: a value, or the error that prevented it. */
export type Outcome<T> = { ok: true; index: number; value: T } | { ok: false; index: number; id: number | null; error: UnpressError };

/** An article already written in an output format, with what the CLI reports about it. */
export interface Rendered {
  /** The file's content: UTF-8 bytes when the task asked for `bytes`; empty when it was staged. */
  output: string | Uint8Array;
  /** With the task's `stage`: the temporary file holding the content, or why it could not be written. */
  staged?: Staged;
  id: number;
  slug: string;
  editor: string;
  words: number;
  /** The article's warnings and those of its rendering (what the format could not say exactly). */
  warnings: number;
  /** With the task's `warnings`: those warnings, the article's first. */
  warningList?: Warning[];
}

/**
 * A run of consecutive posts to convert: each item is a parsed JSON value or a post's JSON
 * text (an NDJSON line, so the JSON is parsed where the work is done). `start` is the index of
 * the first item. With `format`, each article comes back rendered (less to copy between threads).
 */
export interface ConvertTask {
  start: number;
  items: unknown[];
  /**
   * Every item is a value of a list already read: a string item is a string, not a post's JSON
   * text, and fails as one.
   */
  parsed?: boolean;
  /**
   * The parsed items came from JSON text and were sanitized with it; otherwise each is
   * sanitized (`readJson`) inside its own guard, so a hostile object fails alone.
   */
  sanitized?: boolean;
  options?: ParseOptions;
  format?: Format | null;
  frontMatter?: RenderOptions['frontMatter'];
  /** Markdown's embeds and raw HTML (see `RenderOptions`). */
  markdown?: Omit<RenderOptions, 'frontMatter'>;
  /**
   * Rendered output as UTF-8 bytes instead of a string. On worker threads this keeps the
   * caller's thread to writing files: bytes are copied between threads without building a
   * string in its heap, and need no encoding there.
   */
  bytes?: boolean;
  /** Each rendered article comes back with its warnings listed (`Rendered.warningList`), not only counted. */
  warnings?: boolean;
  /**
   * JSON written as an element of the array the CLI prints (`jsonElement`): indented two more
   * spaces, without the final line break.
   */
  element?: boolean;
  /**
   * A folder: each rendered article is written there, under a temporary name, by the thread that
   * converts it, and comes back as that name (`Rendered.staged`) for the caller to move into
   * place. The content then never crosses between threads: on 10,000 posts with two worker
   * threads, copying it back to the CLI's thread and writing it there cost ~1 s of CPU.
   */
  stage?: string;
  /**
   * Each article comes back as its JSON text (`JSON.stringify`), for the caller to parse when it
   * is taken (see `convertOutcomes`). Between threads a string is one flat copy where an article
   * is ~2,000 objects to copy and collect on both sides: `streamPosts` on two workers spent twice
   * the CPU of one thread, a third of it collecting garbage.
   */
  asJson?: boolean;
}

/** What a task gives for each post converted: the article, rendered (`format`), or as its JSON text (`asJson`). */
export type Converted = Article | Rendered | string;

/** Where a staged article went: its temporary file, or the error that stopped writing it. */
export type Staged = { path: string } | { error: string; code: string | null };

const utf8 = new TextEncoder();

/**
 * Converts a task's items; a bad post becomes a failure, never stops the others. The same
 * function runs in the caller's thread and in worker threads, so the output of `workers: N`
 * is the output of the plain loop.
 *
 * Items are converted in turns of a few consecutive posts, each stage over the whole turn
 * before the next (read, clean, body, other fields, format): a stage's code is then warm for
 * every post but the first, where one post at a time found each stage's code evicted by the
 * others (~7–10% of the time; see docs/benchmark.md). A post's result, warnings and failure are
 * its own either way.
 *
 * @param turnPosts posts per turn at most (8; worker threads pass 1, see `worker.ts`)
 */
export function convertItems(
  task: ConvertTask,
  resolved: ResolvedOptions = resolveOptions(task.options),
  turnPosts = TURN_POSTS,
): Outcome<Converted>[] {
  const out: Outcome<Converted>[] = [];
  for (const [from, to] of turns(task.items, turnPosts)) out.push(...convertTurn(task, resolved, from, to));
  return out;
}

// One turn: items[from, to), each stage over all of them that have not failed.
function convertTurn(task: ConvertTask, resolved: ResolvedOptions, from: number, to: number): Outcome<Converted>[] {
  const out: Outcome<Converted>[] = [];
  const running: { at: number; value: unknown; stages: Generator<void, Article, void> }[] = [];
  const articles: { at: number; value: unknown; article: Article }[] = [];
  const fail = (at: number, value: unknown, e: unknown) => {
    const index = task.start + from + at;
    out[at] = { ok: false, index, id: idOf(value), error: asUnpressError(e, [index]) };
  };
  for (let i = from; i < to; i++) {
    const at = i - from;
    let value: unknown = task.items[i];
    try {
      if (!task.parsed) value = readJson(value);
      else if (!task.sanitized) value = sanitizeJson(value);
      const stages = postStages(parseWpPost(value, [task.start + i]), resolved);
      stages.next();
      running.push({ at, value, stages });
    } catch (e) {
      fail(at, value, e);
    }
  }
  while (running.length) {
    for (let r = 0; r < running.length; r++) {
      const { at, value, stages } = running[r]!;
      try {
        const step = stages.next();
        if (!step.done) continue;
        articles.push({ at, value, article: step.value });
      } catch (e) {
        fail(at, value, e);
      }
      running.splice(r--, 1);
    }
  }
  for (const { at, value, article } of articles) {
    try {
      const value = task.format ? rendered(article, task) : task.asJson ? JSON.stringify(article) : article;
      out[at] = { ok: true, index: task.start + from + at, value };
    } catch (e) {
      fail(at, value, e);
    }
  }
  return out;
}

function rendered(article: Article, task: ConvertTask): Rendered {
  const { text, warnings } = task.element && task.format === 'json'
    ? { text: jsonElement(article), warnings: [] }
    : renderArticle(article, task.format!, { ...task.markdown, frontMatter: task.frontMatter ?? true });
  const about: Omit<Rendered, 'output'> = { id: article.id, slug: article.slug, editor: article.editor, words: article.stats.words, warnings: article.warnings.length + warnings.length };
  if (task.warnings) about.warningList = [...article.warnings, ...warnings];
  if (task.stage !== undefined) return { output: '', staged: staged(task.stage, text), ...about };
  return { output: task.bytes ? utf8.encode(text) : text, ...about };
}

// A failed write is not the post's failure: it comes back as data, and the caller stops the run
// on it as on any other write error (see `WriteError`).
function staged(dir: string, text: string): Staged {
  try {
    return { path: writeTemp(dir, text) };
  } catch (e) {
    const { message, code } = (typeof e === 'object' && e !== null ? e : {}) as { message?: unknown; code?: unknown };
    return { error: typeof message === 'string' ? message : String(e), code: typeof code === 'string' ? code : null };
  }
}

/** Posts per turn at most, by default. */
const TURN_POSTS = 8;
/**
 * JSON characters (or bytes) per turn at most: what a turn holds in memory at once grows with
 * it, and past ~1 MB of JSON the turn's data no longer stays in the CPU's caches (turns of 32
 * seed posts, ~1.5 MB, were slower than one post at a time). A bigger post is a turn alone.
 */
const TURN_SIZE = 512 * 1024;

/** Cuts items into turns `[from, to)` of consecutive posts, within both limits. */
export function turns(items: unknown[], maxPosts = TURN_POSTS): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const weight = sizeOf(items[i]);
    if (i > from && (i - from >= maxPosts || size + weight > TURN_SIZE)) {
      out.push([from, i]);
      from = i;
      size = 0;
    }
    size += weight;
  }
  if (items.length > from) out.push([from, items.length]);
  return out;
}

// A JSON text's length, or a parsed post's content length: what its conversion holds grows with it.
// Never throws: a hostile item (a getter that throws) must fail as itself, in its turn.
function sizeOf(item: unknown): number {
  if (typeof item === 'string') return item.length;
  try {
    if (item instanceof Uint8Array) return item.length;
    const rendered = (item as { content?: { rendered?: unknown } } | null)?.content?.rendered;
    return typeof rendered === 'string' ? rendered.length : 0;
  } catch {
    return 0;
  }
}

/** An `UnpressError` as plain data: a class does not survive the copy between threads. */
export interface ErrorData {
  code: UnpressErrorCode;
  message: string;
  issues: UnpressIssue[];
  restCode: string | null;
  status: number | null;
}

export function errorToData(e: UnpressError): ErrorData {
  return { code: e.code, message: e.message, issues: e.issues, restCode: e.restCode, status: e.status };
}

export function errorFromData(d: ErrorData): UnpressError {
  return new UnpressError(d.code, d.message, d.issues, { code: d.restCode, status: d.status });
}
