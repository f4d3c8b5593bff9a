import { formatArticle, type Format } from '../cli/format-article';
import { convertPost } from '../convert-post';
import { UnpressError, type UnpressErrorCode, type UnpressIssue } from '../errors';
import type { ParseOptions, ResolvedOptions } from '../options';
import { parseWpPost } from '../parse/parse-wp-post';
import { idOf } from '../parse/id-of';
import { readJson } from '../parse/read-json';
import { asUnpressError } from '../parse-post';
import { resolveOptions } from '../resolve-options';
import type { Article } from '../schema/article';

/** One post's outcome, with its place in the input: a value, or the error that prevented it. */
export type Outcome<T> = { ok: true; index: number; value: T } | { ok: false; index: number; id: number | null; error: UnpressError };

/** An article already written in an output format, with what the CLI reports about it. */
export interface Rendered {
  /** The file's content: UTF-8 bytes when the task asked for `bytes`. */
  output: string | Uint8Array;
  id: number;
  slug: string;
  editor: string;
  words: number;
  warnings: number;
}

/**
 * A run of consecutive posts to convert: each item is a parsed JSON value or a post's JSON
 * text (an NDJSON line, so the JSON is parsed where the work is done). `start` is the index of
 * the first item. With `format`, each article comes back rendered (less to copy between threads).
 */
export interface ConvertTask {
  start: number;
  items: unknown[];
  options?: ParseOptions;
  format?: Format | null;
  frontMatter?: boolean;
  /**
   * Rendered output as UTF-8 bytes instead of a string. On worker threads this keeps the
   * caller's thread to writing files: bytes are copied between threads without building a
   * string in its heap, and need no encoding there.
   */
  bytes?: boolean;
}

const utf8 = new TextEncoder();

/**
 * Converts a task's items one by one; a bad post becomes a failure, never stops the others.
 * The same function runs in the caller's thread and in worker threads, so the output of
 * `workers: N` is the output of the plain loop.
 */
export function convertItems(task: ConvertTask, resolved: ResolvedOptions = resolveOptions(task.options)): Outcome<Article | Rendered>[] {
  return task.items.map((item, i) => {
    const index = task.start + i;
    let value: unknown = item;
    try {
      value = readJson(item);
      const article = convertPost(parseWpPost(value, [index]), resolved);
      if (!task.format) return { ok: true, index, value: article };
      const text = formatArticle(article, task.format, { frontMatter: task.frontMatter ?? true });
      const output = task.bytes ? utf8.encode(text) : text;
      return { ok: true, index, value: { output, id: article.id, slug: article.slug, editor: article.editor, words: article.stats.words, warnings: article.warnings.length } };
    } catch (e) {
      return { ok: false, index, id: idOf(value), error: asUnpressError(e, [index]) };
    }
  });
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
