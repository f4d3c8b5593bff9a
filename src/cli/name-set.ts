import { createHash } from 'node:crypto';

/**
 * The output file names a run has used, kept as 64-bit fingerprints of their case-folded form
 * in one typed array: 16 bytes per name instead of ~114 for a `Set` of the strings (measured:
 * 11.4 MB of heap per 100,000 names, which a run over 500,000 posts could not afford).
 *
 * A name that was added is always found, so two posts never get one file. The other way is
 * almost exact: a name not added is reported as taken only when its fingerprint equals one
 * of the n names added (probability ~n²/2⁶⁵: 3 in 10⁸ at a million posts), and that post
 * then gets its id in its name, as on a real clash. Case-folded because macOS and Windows
 * file systems take `Post.md` and `post.md` for one file.
 */
export class NameSet {
  // Open addressing: slot i holds the fingerprint's high word at 2i and low word at 2i+1;
  // 0/0 marks an empty slot (a fingerprint of 0/0 is stored as 0/1).
  private slots = new Uint32Array(2 * 1024);
  private count = 0;

  /** How many names were added. */
  get size(): number {
    return this.count;
  }

  /** Whether `name` (or a name differing only in case) was added. */
  has(name: string): boolean {
    const i = this.find(...fingerprint(name));
    return this.slots[2 * i] !== 0 || this.slots[2 * i + 1] !== 0;
  }

  /** Adds `name`; adding it again changes nothing. */
  add(name: string): this {
    const [hi, lo] = fingerprint(name);
    const i = this.find(hi, lo);
    if (this.slots[2 * i] !== 0 || this.slots[2 * i + 1] !== 0) return this;
    this.slots[2 * i] = hi;
    this.slots[2 * i + 1] = lo;
    // Kept at most half full, so a search stops after a couple of slots.
    if (++this.count * 2 > this.slots.length / 2) this.grow();
    return this;
  }

  // The slot holding this fingerprint, or the empty slot where it would go.
  private find(hi: number, lo: number): number {
    const mask = this.slots.length / 2 - 1;
    for (let i = lo & mask; ; i = (i + 1) & mask) {
      const h = this.slots[2 * i]!;
      const l = this.slots[2 * i + 1]!;
      if ((h === hi && l === lo) || (h === 0 && l === 0)) return i;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      const hi = old[i]!;
      const lo = old[i + 1]!;
      if (hi === 0 && lo === 0) continue;
      const j = this.find(hi, lo);
      this.slots[2 * j] = hi;
      this.slots[2 * j + 1] = lo;
    }
  }
}

// The first 64 bits of the name's SHA-1: spread evenly whatever the names look like
// (slugs differing only in a trailing number). ~1 µs, next to ~2 ms to convert the post.
function fingerprint(name: string): [hi: number, lo: number] {
  const digest = createHash('sha1').update(name.toLowerCase()).digest();
  const lo = digest.readUInt32LE(4);
  return [digest.readUInt32LE(0), digest.readUInt32LE(0) === 0 && lo === 0 ? 1 : lo];
}
