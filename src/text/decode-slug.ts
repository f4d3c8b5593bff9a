/**
 * A slug as readers see it in the address bar: WordPress stores non-ASCII slugs
 * percent-encoded (`%e4%ba%ac%e9%83%bd` for 京都), and this decodes every well-formed UTF-8
 * sequence of them, then normalises to NFC. ASCII escapes (`%2f`, `%25`) and malformed ones
 * (`%zz`, a lone `%e4`) stay as written: WordPress never encodes ASCII in a slug, and a decoded
 * `/` would be a path. Never throws.
 *
 * @example decodeSlug('%e4%ba%ac%e9%83%bd-2') // → '京都-2'
 * @example decodeSlug('100%-sure-%e4') // → '100%-sure-%e4'
 */
export function decodeSlug(slug: string): string {
  if (!slug.includes('%')) return slug.normalize('NFC');
  return slug.replace(ENCODED_RUN, decodeRun).normalize('NFC');
}

// Runs of escapes of bytes 0x80–0xFF: the only bytes UTF-8 uses for non-ASCII characters.
const ENCODED_RUN = /(?:%[89a-f][0-9a-f])+/gi;

// One run, sequence by sequence: a well-formed UTF-8 sequence is decoded, any other byte is
// kept as its escape.
function decodeRun(run: string): string {
  const bytes = run.match(/%../g)!.map((e) => parseInt(e.slice(1), 16));
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      out += run.slice(i * 3, i * 3 + 3);
      i += 1;
    } else {
      out += decodeURIComponent(run.slice(i * 3, (i + length) * 3));
      i += length;
    }
  }
  return out;
}

// The length of the well-formed UTF-8 sequence at `i` (2–4 bytes; see RFC 3629's table of
// valid second bytes), or 0.
function sequenceLength(bytes: readonly number[], i: number): number {
  const lead = bytes[i]!;
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf]
    : lead === 0xed ? [3, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
    : lead === 0xf0 ? [4, 0x90, 0xbf]
    : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
    : lead === 0xf4 ? [4, 0x80, 0x8f]
    : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return 0;
  return length;
}
