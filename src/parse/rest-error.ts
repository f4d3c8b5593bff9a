import { UnpressError } from '../errors';
import { WpErrorSchema } from '../schema/wp-post';

/** True when `value` is a WordPress REST error body (`{ code, message, data? }` and no `id`). */
export function isRestError(value: unknown): value is { code: string; message: string; data?: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if ('id' in value || 'ID' in value) return false;
  return WpErrorSchema.safeParse(value).success;
}

/**
 * The `rest_error` for a WordPress error body, keeping WordPress's code, message and status.
 * WordPress.com's `{ error, message }` form is read too.
 */
export function restError(value: { code?: unknown; error?: unknown; message?: unknown; data?: unknown }, path: (string | number)[] = []): UnpressError {
  const code = String(value.code ?? value.error ?? 'unknown');
  const message = String(value.message ?? '');
  const data = value.data as { status?: unknown } | undefined;
  const status = typeof data?.status === 'number' ? data.status : null;
  const text = `WordPress returned an error instead of a post: ${code}${status ? ` (HTTP ${status})` : ''}: ${message}`;
  return new UnpressError('rest_error', text, [{ path, message: `${code}: ${message}` }], { code, status });
}

/** WordPress.com's error shape: `{ error: 'invalid_token', message: '…' }`. */
export function isWpcomError(value: unknown): value is { error: string; message: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.error === 'string' && typeof v.message === 'string' && !('ID' in v) && !('id' in v);
}
