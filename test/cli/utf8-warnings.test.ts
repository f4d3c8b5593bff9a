import { utf8Warnings } from '../../src/cli/utf8-warnings';

function lines(chunks: Buffer[]): string[] {
  const out: string[] = [];
  const w = utf8Warnings('in.json', (line) => out.push(line));
  for (const c of chunks) w.check(c);
  w.end();
  return out;
}

describe('utf8Warnings', () => {
  it('names each place by its byte offset in the input, across chunks, ten at most and then a count', () => {
    expect(lines([Buffer.from('ab'), Buffer.from([0x63, 0xc3]), Buffer.from([0x28])])).toEqual(['⚠ in.json: invalid UTF-8 at byte 3, read as U+FFFD\n']);
    const many = lines([Buffer.from(Array.from({ length: 12 }, () => [0x61, 0xff]).flat())]);
    expect(many).toHaveLength(11);
    expect(many[9]).toBe('⚠ in.json: invalid UTF-8 at byte 19, read as U+FFFD\n');
    expect(many[10]).toBe('⚠ in.json: 2 more places of invalid UTF-8\n');
  });

  it('says nothing of valid UTF-8 or of UTF-16 text with its byte-order mark', () => {
    expect(lines([Buffer.from('\ufeff[{"title":"中😀"}]')])).toEqual([]);
    expect(lines([Buffer.from('\ufeff[{"t":"é"}]', 'utf16le')])).toEqual([]);
  });
});
