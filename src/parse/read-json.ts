import { UnpressError } from '../errors';

/**
 * Turns what a caller passed (an object, JSON text or a Buffer of UTF-8 JSON) into a JSON value.
 * A UTF-8 byte-order mark is ignored. Invalid JSON raises `invalid_json` naming the position,
 * never quoting more than a few characters of the input.
 *
 * @throws {UnpressError} `invalid_json`
 * @example readJson('{"id":1}') // → { id: 1 }
 */
export function readJson(input: unknown): unknown {
  if (typeof input === 'string') return parseText(input);
  if (input instanceof Uint8Array) return parseText(new TextDecoder('utf-8').decode(input));
  return input;
}

function parseText(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(reason)?.[1];
    const at = pos !== undefined ? Number(pos) : body.trim() === '' ? 0 : body.length;
    const { line, column } = lineColumn(body, at);
    const what = at >= body.trimEnd().length ? 'unexpected end of input (truncated?)' : `unexpected ${JSON.stringify(body.slice(at, at + 12))}`;
    throw new UnpressError('invalid_json', `Invalid JSON at line ${line}, column ${column} (offset ${at}): ${what}`, [
      { path: [], message: `${what} at offset ${at}` },
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
