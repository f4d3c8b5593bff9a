import { isUtf8 } from 'node:buffer';

/**
 * Finds the invalid UTF-8 in a byte stream given chunk by chunk (a character may be cut between
 * two chunks): the offsets where a decoder puts U+FFFD, the first byte of each bad sequence.
 * Valid chunks cost one native check (`isUtf8`); only a chunk with a bad byte is walked byte by
 * byte, with the WHATWG decoder's rules (overlong forms and surrogates are invalid).
 *
 * @example const c = new Utf8Check(); c.push(Buffer.from([0x61, 0xff])); // → [1]
 */
export class Utf8Check {
  private offset = 0;
  private needed = 0;
  private seen = 0;
  private start = 0;
  private lower = 0x80;
  private upper = 0xbf;

  /** The offsets (from the start of the stream) of the bad sequences this chunk ends or holds. */
  push(chunk: Uint8Array): number[] {
    const base = this.offset;
    this.offset += chunk.length;
    if (this.needed === 0) {
      const cut = completeEnd(chunk);
      if (isUtf8(chunk.subarray(0, cut))) return this.walk(chunk, cut, base);
    }
    return this.walk(chunk, 0, base);
  }

  /** The offset of a character the stream ended inside, if it did. */
  end(): number[] {
    const bad = this.needed ? [this.start] : [];
    this.needed = 0;
    return bad;
  }

  private walk(bytes: Uint8Array, from: number, base: number): number[] {
    const bad: number[] = [];
    for (let i = from; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.needed === 0) {
        if (b <= 0x7f) continue;
        this.start = base + i;
        if (b >= 0xc2 && b <= 0xdf) this.needed = 1;
        else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) this.lower = 0xa0;
          if (b === 0xed) this.upper = 0x9f;
          this.needed = 2;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) this.lower = 0x90;
          if (b === 0xf4) this.upper = 0x8f;
          this.needed = 3;
        } else bad.push(base + i);
        continue;
      }
      if (b < this.lower || b > this.upper) {
        bad.push(this.start);
        this.reset();
        // This byte starts something new: read again.
        i--;
        continue;
      }
      this.lower = 0x80;
      this.upper = 0xbf;
      if (++this.seen === this.needed) this.reset();
    }
    return bad;
  }

  private reset(): void {
    this.needed = 0;
    this.seen = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
  }
}

// Where the last whole character of a chunk ends: before a lead byte whose continuation bytes
// are not all in this chunk.
function completeEnd(chunk: Uint8Array): number {
  for (let i = chunk.length - 1; i >= 0 && i >= chunk.length - 4; i--) {
    const b = chunk[i]!;
    if (b < 0x80) return chunk.length;
    if (b >= 0xc0) {
      const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return i + size <= chunk.length ? chunk.length : i;
    }
  }
  return chunk.length;
}
