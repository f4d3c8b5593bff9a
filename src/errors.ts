import type { z } from 'zod';

/**
 * Machine-readable reasons an input could not become an article:
 *
 * - `invalid_json`: the input is not JSON (or a byte string that is not UTF-8 JSON); `issues`
 *   gives the line and column where it breaks.
 * - `invalid_xml`: a WordPress export (`readWxr`, `streamPosts` on XML) is not well-formed XML,
 *   or is XML but not a WordPress export.
 * - `invalid_post`: JSON of the wrong shape (no numeric `id`, `content` not an object, …);
 *   `issues` lists each problem with its path, zod-style.
 * - `rest_error`: the input is WordPress's own error answer (`{ code, message, data: { status } }`)
 *   or a site did not answer with posts; `restCode` and `status` carry WordPress's code and the
 *   HTTP status.
 * - `too_large`: reserved for an input refused for its size. No function raises it at present:
 *   large posts and exports are converted (see docs/security.md for the limits that cut work
 *   short with a warning instead); it stays in the union so that a `switch` over the codes keeps
 *   compiling when it is raised.
 * - `invalid_output`: `migrate`'s output folder is a file or cannot be written.
 */
export type UnpressErrorCode = 'invalid_json' | 'invalid_xml' | 'invalid_post' | 'rest_error' | 'too_large' | 'invalid_output';

/** Issues kept on one error; the rest are counted in a last issue. */
export const MAX_ISSUES = 100;

/** One problem with the input, zod-style: where it is and what is wrong. */
export interface UnpressIssue {
  /** Path into the input, e.g. `['title', 'rendered']` or `[3, 'id']` in a batch. */
  path: (string | number)[];
  /** What is wrong there, one line. */
  message: string;
}

/**
 * The error unpress throws (or returns from the `safe*` functions) for input it cannot use.
 * `message` is one line; `issues` carries every problem with its path. Input values are never
 * echoed at length: any quoted value is cut to 80 characters.
 *
 * @example
 * try { parsePost('{"id": "x"}') } catch (e) {
 *   if (e instanceof UnpressError) console.log(e.code, e.issues) // invalid_post [{ path: ['id'], … }]
 * }
 */
export class UnpressError extends Error {
  /** Always `UnpressError`. */
  override readonly name = 'UnpressError';
  /** Why the input could not be used; see {@link UnpressErrorCode}. */
  readonly code: UnpressErrorCode;
  /** Every problem with its path (at most 100, then one issue counting the rest). */
  readonly issues: UnpressIssue[];
  /** For `rest_error`: WordPress's own error code and HTTP status, when given. */
  readonly restCode: string | null;
  /** For `rest_error`: the HTTP status, when given; otherwise null. */
  readonly status: number | null;

  /**
   * Makes an error: the message and each issue's message made one line, path keys cut to 200
   * characters, at most 100 issues kept.
   *
   * @param code - the reason
   * @param message - the message, made one line
   * @param issues - the problems with their paths; past 100, the rest are counted in a last issue
   * @param rest - WordPress's error `code` and HTTP `status`, for `rest_error`
   */
  constructor(
    code: UnpressErrorCode,
    message: string,
    issues: UnpressIssue[] = [],
    rest: { code?: string | null; status?: number | null } = {},
  ) {
    super(oneLine(message));
    this.code = code;
    // A list of a million wrong items must not make a million issues: keep the first ones.
    const kept = issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(clipKey), message: oneLine(i.message) }));
    if (issues.length > MAX_ISSUES) kept.push({ path: [], message: `and ${issues.length - MAX_ISSUES} more issues` });
    this.issues = kept;
    this.restCode = rest.code ?? null;
    this.status = rest.status ?? null;
  }

  /** A plain-object form, for JSON logs and CLI reports. */
  toJSON(): { name: string; code: UnpressErrorCode; message: string; issues: UnpressIssue[] } {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues };
  }
}

/** Builds an `invalid_post` error from zod issues, prefixing each path with `prefix`. */
export function fromZodIssues(issues: z.core.$ZodIssue[], prefix: (string | number)[] = []): UnpressError {
  const mapped = issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: i.message,
  }));
  const first = mapped[0];
  const where = first && first.path.length ? ` at ${formatPath(first.path)}` : '';
  const more = mapped.length > 1 ? ` (and ${mapped.length - 1} more)` : '';
  return new UnpressError('invalid_post', `Invalid post${where}: ${first?.message ?? 'unknown problem'}${more}`, mapped);
}

/** `['title', 'rendered']` → `title.rendered`; `[3, 'id']` → `[3].id`. */
export function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Cuts a string for an error message: one line, at most `max` characters. */
export function clip(value: string, max = 80): string {
  // Cut first: flattening whitespace in a 5 MB string only to throw it away is wasted work.
  const head = value.length > max * 4 ? value.slice(0, max * 4) : value;
  const flat = head.replace(/\s+/g, ' ');
  return flat.length > max || head !== value ? `${flat.slice(0, max)}…` : flat;
}

function oneLine(s: string): string {
  return clip(s, 500);
}

// Object keys come from the input too (a `meta` key can be megabytes long).
function clipKey(p: string | number): string | number {
  return typeof p === 'string' ? clip(p, 200) : p;
}
