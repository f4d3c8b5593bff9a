import pRetry, { AbortError } from 'p-retry';
import { version } from '../../version';

/** How one site is asked: retries, timeouts, spacing between requests, credentials. */
export interface HttpOptions {
  /** Attempts after the first for a 429, a 5xx, a timeout or a network error (default 5). */
  retries?: number;
  /** Per request (default 30,000 ms). */
  timeoutMs?: number;
  /** Least time between the starts of two requests to the site (default 200 ms: polite). */
  intervalMs?: number;
  /** Longest wait a `Retry-After` may ask for before the crawl gives up on that request (default 120,000 ms). */
  maxRetryAfterMs?: number;
  /** Extra request headers (a CDN token, a test switch). */
  headers?: Record<string, string>;
  /** `user:application-password`: sent as HTTP Basic authentication. */
  auth?: string | null;
  /** The fetch to use (default: Node's). */
  fetch?: typeof fetch;
  /** Told of every retry: the URL, the attempt and why. */
  onRetry?: (info: { url: string; attempt: number; reason: string; waitMs: number }) => void;
}

/** A response read whole: status, the headers unpress reads, and the body as text. */
export interface HttpResponse {
  url: string;
  status: number;
  headers: { totalPages: number | null; total: number | null; contentType: string };
  body: string;
}

/** Thrown for a response that retrying will not change (a 4xx other than 429, or retries used up). */
export class HttpError extends Error {
  constructor(readonly url: string, readonly status: number | null, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The User-Agent unpress sends: its name, version and where to read about it. */
export const USER_AGENT = `unpress/${version} (+https://www.npmjs.com/package/unpress)`;

/**
 * An HTTP GET client for one site: every request spaced by `intervalMs` after the previous one
 * started, retried with exponential backoff (p-retry) on 429, 5xx, timeouts and network errors,
 * waiting at least what `Retry-After` asks (seconds or a date). Any other status comes back as
 * it is, for the caller to read (a 404 tells the REST API is not at that path).
 */
export function httpClient(options: HttpOptions = {}): (url: string) => Promise<HttpResponse> {
  const doFetch = options.fetch ?? fetch;
  const interval = options.intervalMs ?? 200;
  const timeout = options.timeoutMs ?? 30_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 120_000;
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'application/json', ...options.headers };
  if (options.auth) headers.authorization = `Basic ${Buffer.from(options.auth).toString('base64')}`;
  let next = 0;
  const spaced = async () => {
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + interval;
    if (at > now) await sleep(at - now);
  };
  return (url) => {
    let retryAfter = 0;
    return pRetry(
      async () => {
        await spaced();
        let res: Response;
        try {
          res = await doFetch(url, { headers, signal: AbortSignal.timeout(timeout), redirect: 'follow' });
        } catch (e) {
          throw new RetryableError(`${(e as Error).name === 'TimeoutError' ? `no answer in ${timeout} ms` : (e as Error).message}`);
        }
        if (res.status === 429 || res.status >= 500) {
          retryAfter = retryAfterMs(res.headers.get('retry-after'));
          await res.body?.cancel();
          if (retryAfter > maxRetryAfter) throw new AbortError(new HttpError(url, res.status, `${url}: HTTP ${res.status}, Retry-After ${Math.round(retryAfter / 1000)} s is longer than allowed`));
          throw new RetryableError(`HTTP ${res.status}`, res.status);
        }
        return { url, status: res.status, headers: readHeaders(res.headers), body: await res.text() };
      },
      {
        retries: options.retries ?? 5,
        minTimeout: 500,
        factor: 2,
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          const wait = retryAfter;
          retryAfter = 0;
          if (retriesLeft > 0) options.onRetry?.({ url, attempt: attemptNumber, reason: error.message, waitMs: wait });
          // Retry-After is the least the site asked for; p-retry's own backoff comes on top.
          if (wait > 0 && retriesLeft > 0) await sleep(wait);
        },
        shouldRetry: ({ error }) => error instanceof RetryableError,
      },
    ).catch((e: unknown) => {
      if (e instanceof HttpError) throw e;
      const status = e instanceof RetryableError ? e.status : null;
      throw new HttpError(url, status, `${url}: ${(e as Error).message} (gave up after ${(options.retries ?? 5) + 1} attempts)`);
    });
  };
}

class RetryableError extends Error {
  constructor(message: string, readonly status: number | null = null) {
    super(message);
  }
}

function readHeaders(h: Headers): HttpResponse['headers'] {
  const int = (name: string) => {
    const v = h.get(name);
    return v !== null && /^\d+$/.test(v.trim()) ? Number(v) : null;
  };
  return { totalPages: int('x-wp-totalpages'), total: int('x-wp-total'), contentType: h.get('content-type') ?? '' };
}

/** `Retry-After` in milliseconds: seconds, or an HTTP date; 0 when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number {
  if (!value) return 0;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, at - now);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
