import { isSpace } from './is-space';

// What a code point is to the word count and to heading anchors, one bit each.
/** A letter, number or mark (`[\p{L}\p{N}\p{M}]`): part of a word. */
export const WORD = 1;
/** A script written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar). */
export const UNSPACED = 2;
/** White space, exactly the regex class `\s`. */
export const SPACE = 4;
/** `'`, `’`, `.` or `-`: joins two parts of one word (`l'été`, `3.5`, `co-op`). */
export const JOINER = 8;
const KNOWN = 16;

const IS_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const IS_UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
// Classes are looked up once per code point per process (a Unicode-property regex over the whole
// text was the most expensive line of the pipeline), then read with one table access per character.
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return (
    KNOWN |
    (IS_WORD.test(s) ? WORD : 0) |
    (IS_UNSPACED.test(s) ? UNSPACED : 0) |
    (isSpace(cp) ? SPACE : 0) |
    (cp === 0x27 || cp === 0x2019 || cp === 0x2e || cp === 0x2d ? JOINER : 0)
  );
}

for (let cp = 0; cp < 0x80; cp++) bmp[cp] = classify(cp);

/**
 * The class bits of BMP code points met so far, by code point; 0 for code points not classified
 * yet and for surrogates (never stored: a pair is one astral code point). For loops over long
 * texts that read the table directly and call `charClass` only on a 0.
 */
export const bmpClasses: Readonly<Uint8Array> = bmp;

/**
 * The class bits of a code point (`WORD`, `UNSPACED`, `SPACE`, `JOINER`, plus a bit that marks
 * it as known), from a table filled as code points are met.
 *
 * @example charClass(0x61) & WORD // → 1 ('a' is part of a word)
 */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    const c = bmp[cp]!;
    if (c !== 0) return c;
    const fresh = classify(cp);
    if (cp < 0xd800 || cp > 0xdfff) bmp[cp] = fresh;
    return fresh;
  }
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, (c = classify(cp)));
  return c;
}
