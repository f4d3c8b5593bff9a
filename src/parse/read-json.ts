import { UnpressError } from '../errors';
import { jsonErrorOffset } from './json-error-offset';
import { sanitizeJson } from './sanitize-json';

/**
 * Turns what a caller passed (an object, JSON text or a Buffer of JSON) into a JSON value that
 * is safe to walk: own `__proto__` keys removed, absurd nesting cut (see `sanitizeJson`; the
 * caller's object is never changed). A byte-order mark is ignored (UTF-16 ones select UTF-16).
 * Invalid JSON raises `invalid_json` naming the position, quoting at most a few characters.
 *
 * @throws {UnpressError} `invalid_json`
 * @example readJson('{"id":1}') // → { id: 1 }
 */
export function readJson(input: unknown): unknown {
  if (typeof input === 'string') return sanitizeJson(parseText(input), true);
  if (input instanceof Uint8Array) return sanitizeJson(parseText(decodeBytes(input)), true);
  return sanitizeJson(input);
}

/** The text of JSON bytes: UTF-8, or UTF-16 when a byte-order mark says so. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function parseText(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const found = jsonErrorOffset(body);
    // The engine refused what the scanner accepts (too large, out of memory): say so plainly.
    if (found < 0) {
      const reason = e instanceof Error ? e.message : String(e);
      throw new UnpressError('invalid_json', `Could not parse the JSON: ${reason.slice(0, 80)}`, [{ path: [], message: reason.slice(0, 80) }]);
    }
    const { line, column } = lineColumn(body, found);
    const what = found >= body.length ? 'unexpected end of input (truncated?)' : `unexpected ${JSON.stringify(body.slice(found, found + 12))}`;
    throw new UnpressError('invalid_json', `Invalid JSON at line ${line}, column ${column} (offset ${found}): ${what}`, [
      { path: [], message: `${what} at offset ${found}` },
    ]);
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}
