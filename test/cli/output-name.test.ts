import { NameSet } from '../../src/cli/name-set';
import { outputName } from '../../src/cli/output-name';

describe('outputName', () => {
  it('decodes WordPress percent-encoded slugs and never cuts a character in half', () => {
    const taken = new NameSet();
    expect(outputName({ slug: '%f0%9f%8e%ac-ravenna', id: 1 }, 'md', taken)).toBe('🎬-ravenna.md');
    expect(outputName({ slug: '%d0%ba%d0%b0%d0%ba', id: 2 }, 'md', taken)).toBe('как.md');
    // Cut by bytes, leaving room for `-<id>-<n>.md` within 255 bytes: 4-byte emoji, 3-byte CJK.
    const long = outputName({ slug: '🎬'.repeat(200), id: 3 }, 'md', taken);
    expect(long).toBe(`${'🎬'.repeat(60)}.md`);
    expect(outputName({ slug: '🎬'.repeat(200), id: 4 }, 'md', taken)).toBe(`${'🎬'.repeat(60)}-4.md`);
    expect(outputName({ slug: '中'.repeat(100), id: 5 }, 'md', taken)).toBe(`${'中'.repeat(80)}.md`);
  });

  it('keeps names unique and safe', () => {
    const taken = new NameSet();
    expect(outputName({ slug: 'a/b', id: 1 }, 'md', taken)).toBe('a-b.md');
    expect(outputName({ slug: 'a/b', id: 2 }, 'md', taken)).toBe('a-b-2.md');
    expect(outputName({ slug: '..', id: 3 }, 'md', taken)).toBe('3.md');
    expect(outputName({ slug: '%zz', id: 4 }, 'md', taken)).toBe('%zz.md');
  });

  it('gives names that differ only in case their own files (one file on macOS and Windows)', () => {
    const taken = new NameSet();
    expect(outputName({ slug: 'Hello', id: 1 }, 'md', taken)).toBe('Hello.md');
    expect(outputName({ slug: 'hello', id: 2 }, 'md', taken)).toBe('hello-2.md');
    expect(outputName({ slug: 'HELLO', id: 2 }, 'md', taken)).toBe('HELLO-2-2.md');
    expect(outputName({ slug: 'hello', id: 3 }, 'json', taken)).toBe('hello.json');
  });
});
