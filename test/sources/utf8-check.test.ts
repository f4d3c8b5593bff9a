import { Utf8Check } from '../../src/sources/utf8-check';

// Offsets of the bad sequences in `bytes`, given to the checker in pieces cut at `cuts`.
function check(bytes: number[], cuts: number[] = []): number[] {
  const c = new Utf8Check();
  const buf = Buffer.from(bytes);
  const out: number[] = [];
  let from = 0;
  for (const at of [...cuts, buf.length]) {
    out.push(...c.push(buf.subarray(from, at)));
    from = at;
  }
  return [...out, ...c.end()];
}

describe('Utf8Check', () => {
  it('finds nothing in valid UTF-8, whichever way it is cut', () => {
    const text = [...Buffer.from('a é 中 😀 z')];
    for (let i = 0; i <= text.length; i++) for (let j = i; j <= text.length; j++) expect(check(text, [i, j])).toEqual([]);
  });

  it('gives the offset of each bad sequence', () => {
    expect(check([0x61, 0xff, 0x62])).toEqual([1]);
    // A lead byte without its continuation, then ASCII: one bad sequence, the ASCII kept.
    expect(check([0x61, 0xe4, 0xb8, 0x41])).toEqual([1]);
    // Overlong and surrogate forms are invalid.
    expect(check([0xc0, 0xaf])).toEqual([0, 1]);
    expect(check([0xed, 0xa0, 0x80])).toEqual([0, 1, 2]);
    // A character cut off by the end of the input.
    expect(check([0x61, 0xf0, 0x9f, 0x98])).toEqual([1]);
  });

  it('finds across chunk boundaries as many places as a decoder puts U+FFFD', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const pieces = [[0x61], [0xc3, 0xa9], [0xe4, 0xb8, 0xad], [0xf0, 0x9f, 0x98, 0x80], [0xff], [0x80], [0xe4, 0xb8], [0xf0, 0x9f], [0xc3], [0xed, 0xa0, 0x80]];
    for (let round = 0; round < 500; round++) {
      const bytes = Array.from({ length: next() % 12 }, () => pieces[next() % pieces.length]!).flat();
      const cuts = [next() % (bytes.length + 1), next() % (bytes.length + 1)].sort((a, b) => a - b);
      const replaced = [...new TextDecoder().decode(Buffer.from(bytes))].filter((c) => c === '\ufffd').length;
      expect(check(bytes, cuts)).toHaveLength(replaced);
      expect(check(bytes)).toEqual(check(bytes, cuts));
    }
  });
});
