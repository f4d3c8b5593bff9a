/**
 * Longest file name, in UTF-8 bytes, that the usual file systems take (ext4, APFS, NTFS count
 * 255 bytes or UTF-16 units; a UTF-8 byte count of 255 fits both).
 */
export const NAME_BYTES = 255;

/**
 * Bidirectional marks, embeddings, overrides and isolates, as a regular expression character
 * range: they make text read in another order than its bytes (`gpj.exe` shown as `exe.jpg`).
 */
export const BIDI_CONTROLS = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';
const BIDI = new RegExp(`[${BIDI_CONTROLS}]`, 'g');
// C0 and C1 controls, DEL, and what Windows or POSIX refuse in a name.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\/:*?"<>|]/g;
// Names Windows gives to devices, whatever follows their first dot (`con.md` is the console).
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

// A surrogate without its pair: written to disk as U+FFFD, so two slugs differing only there
// would be one file while the run saw two names.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const utf8 = new TextEncoder();

/**
 * The part of a file name made from a post's slug, safe on every file system: NFC (a lone
 * surrogate read as U+FFFD, as it is written), no
 * bidirectional controls, no C0/C1 controls or reserved characters (each becomes `-`), no
 * leading dot (no hidden files, no `..`), no trailing dot or space (Windows drops them), no
 * Windows device name (`CON`, `aux.tar`, `lpt1` get a `_` after the device part), and at most
 * `maxBytes` UTF-8 bytes, cut between characters (whole grapheme clusters: an emoji sequence is
 * kept or left out whole). May be empty: the caller then uses another name (the id).
 *
 * @example safeFileBase('con', 200) // → 'con_'
 * @example safeFileBase('\u202eexe.txt', 200) // → 'exe.txt'
 */
export function safeFileBase(text: string, maxBytes: number): string {
  const clean = text.replace(LONE_SURROGATE, '\ufffd').normalize('NFC').replace(BIDI, '').replace(UNSAFE, '-').replace(/^[.\s]+/, '');
  // One byte kept for the `_` a device name gets.
  const cut = trimEnd(cutToBytes(clean, maxBytes - 1));
  const dot = cut.indexOf('.');
  const stem = dot < 0 ? cut : cut.slice(0, dot);
  if (!DEVICE.test(stem.trimEnd())) return cut;
  return `${stem}_${cut.slice(stem.length)}`;
}

/** The UTF-8 length of a string. */
export function byteLength(text: string): number {
  return utf8.encode(text).length;
}

// The longest prefix of whole grapheme clusters within `maxBytes` UTF-8 bytes.
function cutToBytes(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  if (byteLength(text) <= maxBytes) return text;
  // A cluster is at least one byte: clusters past the first maxBytes code points never fit. A
  // little more is looked at so the last one is seen whole (a hostile slug may be megabytes).
  const points = [...text.slice(0, 4 * maxBytes + 64)];
  const head = points.slice(0, maxBytes + 32).join('');
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(head)) {
    bytes += byteLength(segment);
    if (bytes > maxBytes) break;
    out += segment;
  }
  return out;
}

// Trailing dots and spaces: Windows drops them, so `a.` and `a` would be one file.
function trimEnd(text: string): string {
  return text.replace(/[.\s]+$/, '');
}
