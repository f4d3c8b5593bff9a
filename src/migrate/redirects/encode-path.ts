import { toWellFormed } from '../../text/well-formed';

// Escapes that would change the structure if decoded: `/`, `?`, `#`, `%`, and in a query `&`, `=`, `+`, `;`.
const KEEP_PATH = /^%(?:2F|3F|23|25)$/;
const KEEP_QUERY = /^%(?:2F|3F|23|25|26|3D|2B|3B)$/;
const SAFE_PATH = /^[A-Za-z0-9\-._~/]$/;
const SAFE_QUERY = /^[A-Za-z0-9\-._~/=&+]$/;

/**
 * A URL path (with its query, if any) in one percent-encoded form, so every redirect file
 * writes the same bytes for it whatever the source wrote: escapes decoded where they are UTF-8
 * and do not stand for a delimiter, NFC, then everything but `A–Z a–z 0–9 - . _ ~` and `/`
 * (and `=`, `&`, `+` in the query) encoded as UTF-8 with upper-case hex. Spaces, quotes,
 * newlines, `$`, `:`, `*`, `#`, regex and shell metacharacters all become `%XX`, so the result
 * is one safe token in every format. A leading `/` is added when missing; a fragment is dropped.
 *
 * @example encodePath('/caf%c3%a9 au lait/?p=1') // → '/caf%C3%A9%20au%20lait/?p=1'
 */
export function encodePath(raw: string): string {
  const noFragment = toWellFormed(raw).split('#')[0]!;
  const q = noFragment.indexOf('?');
  const path = q < 0 ? noFragment : noFragment.slice(0, q);
  const query = q < 0 ? '' : noFragment.slice(q + 1);
  const p = encodePart(path.startsWith('/') ? path : `/${path}`, KEEP_PATH, SAFE_PATH);
  return query === '' ? p : `${p}?${encodePart(query, KEEP_QUERY, SAFE_QUERY)}`;
}

/**
 * A path as the server sees it after decoding (what nginx's `$uri` and Apache's per-directory
 * RewriteRule match): `encodePath`'s form with every escape decoded where it is UTF-8. Bytes
 * that are not UTF-8 stay escaped.
 *
 * @example decodedPath('/caf%C3%A9%20x/') // → '/café x/'
 */
export function decodedPath(encoded: string): string {
  return encoded.replace(/(?:%[0-9A-F]{2})+/g, decodeRun);
}

function encodePart(part: string, keep: RegExp, safe: RegExp): string {
  let out = '';
  // Text between escapes is NFC-normalised with the escapes it decodes to.
  for (const piece of decodePieces(part, keep)) {
    if (piece.escape) {
      out += piece.text;
      continue;
    }
    for (const ch of piece.text.normalize('NFC')) out += safe.test(ch) ? ch : encodeChar(ch);
  }
  return out;
}

function encodeChar(ch: string): string {
  return encodeURIComponent(ch).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`);
}

interface Piece {
  text: string;
  /** True: an escape kept as written (upper-cased), never decoded or re-encoded. */
  escape: boolean;
}

function decodePieces(part: string, keep: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') pieces.push({ text, escape: false });
    text = '';
  };
  const re = /(?:%[0-9a-fA-F]{2})+|%/g;
  let at = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    text += part.slice(at, m.index);
    at = m.index + m[0].length;
    if (m[0] === '%') {
      // A lone `%` is a literal percent sign.
      text += '%';
      continue;
    }
    const escapes = m[0].toUpperCase().match(/%[0-9A-F]{2}/g)!;
    let run: string[] = [];
    const decodeBuffered = (): void => {
      if (run.length === 0) return;
      for (const d of decodeLoose(run)) {
        if (d.escape) {
          flush();
          pieces.push(d);
        } else text += d.text;
      }
      run = [];
    };
    for (const e of escapes) {
      if (keep.test(e)) {
        decodeBuffered();
        flush();
        pieces.push({ text: e, escape: true });
      } else run.push(e);
    }
    decodeBuffered();
  }
  text += part.slice(at);
  flush();
  return pieces;
}

// Escapes decoded as UTF-8 where they form it; each byte that does not stays an escape.
function decodeLoose(escapes: string[]): Piece[] {
  try {
    return [{ text: decodeURIComponent(escapes.join('')), escape: false }];
  } catch {
    const out: Piece[] = [];
    for (let i = 0; i < escapes.length; ) {
      let len = 4;
      for (; len >= 1; len--) {
        if (i + len > escapes.length) continue;
        try {
          out.push({ text: decodeURIComponent(escapes.slice(i, i + len).join('')), escape: false });
          break;
        } catch {
          // a shorter sequence
        }
      }
      if (len === 0) {
        out.push({ text: escapes[i]!, escape: true });
        i++;
      } else i += len;
    }
    return out;
  }
}

function decodeRun(run: string): string {
  return decodeLoose(run.match(/%[0-9A-F]{2}/g)!)
    .map((p) => p.text)
    .join('');
}

/**
 * A redirect's target in one encoded form: a path as `encodePath` writes it, or an absolute
 * http(s) URL with its host as the URL parser writes it (punycode) and its path and query
 * through `encodePath`. Anything else (another scheme, a URL that does not parse) is read as a
 * path, so no format can be handed a `javascript:` target or a line break.
 *
 * @example encodeTarget('https://Neu.example/ü ber/') // → 'https://neu.example/%C3%BC%20ber/'
 */
export function encodeTarget(to: string): string {
  if (/^https?:\/\//i.test(to.trim())) {
    try {
      const url = new URL(to.trim());
      return `${url.protocol}//${url.host}${encodePath(url.pathname + url.search)}`;
    } catch {
      // read as a path below
    }
  }
  return encodePath(to);
}
