import { unserialize } from 'php-serialize';

/**
 * A PHP-serialised value from an export (`_wp_attachment_metadata`, `rank_math_robots`), read
 * with `php-serialize`; null when it is not one. XML reading turns CRLF inside a value into LF
 * (and some exporters re-encode text), so a string's byte count can be off: when the strict read
 * fails, the counts are taken from where each string really ends and the value is read again.
 *
 * @example readPhpValue('a:1:{s:5:"width";i:300;}') // → { width: 300 }
 */
export function readPhpValue(text: string): unknown {
  if (!/^[aOsibdN][:;]/.test(text.trim())) return null;
  try {
    return unserialize(text.trim());
  } catch {
    try {
      return unserialize(recount(text.trim()));
    } catch {
      return null;
    }
  }
}

// After a string's closing `";` comes another value (`s:`, `i:`, `a:`, `b:`, `d:`, `N;`, `O:`)
// or the end of an array (`}`), or the end of the text.
const NEXT = /^(?:[siabdO]:|N;|\}|$)/;
const utf8 = new TextEncoder();

/** Rewrites every `s:N:"…";` with N counted from the string's real end. */
export function recount(text: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const at = text.indexOf('s:', i);
    const head = at < 0 ? null : /^s:(\d+):"/.exec(text.slice(at, at + 24));
    if (!head || !startsValue(text, at)) {
      if (at < 0) return out + text.slice(i);
      out += text.slice(i, at + 2);
      i = at + 2;
      continue;
    }
    const start = at + head[0].length;
    const end = stringEnd(text, start);
    if (end < 0) return out + text.slice(i);
    const value = text.slice(start, end);
    out += `${text.slice(i, at)}s:${utf8.encode(value).length}:"${value}";`;
    i = end + 2;
  }
}

// `s:` opens a value only where a value may start: at the beginning, after `{`, `;` or `}`.
function startsValue(text: string, at: number): boolean {
  return at === 0 || '{;}'.includes(text[at - 1]!);
}

function stringEnd(text: string, from: number): number {
  for (let k = text.indexOf('";', from); k >= 0; k = text.indexOf('";', k + 1)) if (NEXT.test(text.slice(k + 2, k + 4))) return k;
  return -1;
}
