import { byteLength, NAME_BYTES, safeFileBase } from '../../src/cli/safe-file-name';

describe('safeFileBase', () => {
  it.each([
    ['con', 'con_'],
    ['CON', 'CON_'],
    ['aux.tar', 'aux_.tar'],
    ['nul.', 'nul_'],
    ['Com1', 'Com1_'],
    ['lpt9.txt', 'lpt9_.txt'],
    ['com¹', 'com¹_'],
    ['prn .md', 'prn _.md'],
    // Not device names: a device name is the whole part before the first dot.
    ['console', 'console'],
    ['con-tact', 'con-tact'],
    ['com10', 'com10'],
  ])('keeps Windows device names off the disk: %j → %j', (slug, name) => {
    expect(safeFileBase(slug, 200)).toBe(name);
  });

  it('drops trailing dots and spaces, and leading dots and spaces', () => {
    expect(safeFileBase('notes. . ', 200)).toBe('notes');
    expect(safeFileBase(' ..hidden', 200)).toBe('hidden');
    expect(safeFileBase('...', 200)).toBe('');
  });

  it('removes bidirectional controls and turns C0/C1 controls and reserved characters into dashes', () => {
    expect(safeFileBase('invoice\u202egpj.exe', 200)).toBe('invoicegpj.exe');
    expect(safeFileBase('\u2066a\u2069\u200f\u061cb\u200e', 200)).toBe('ab');
    expect(safeFileBase('a\u0000b\u001bc\u007fd\u0085e\u009bf', 200)).toBe('a-b-c-d-e-f');
    expect(safeFileBase('a/b\\c:d*e?f"g<h>i|j', 200)).toBe('a-b-c-d-e-f-g-h-i-j');
  });

  it('composes to NFC and names a lone surrogate as the file system writes it (U+FFFD)', () => {
    expect(safeFileBase('cafe\u0301', 200)).toBe('café');
    expect(safeFileBase('a\ud800b\udc00', 200)).toBe('a\ufffdb\ufffd');
    expect(safeFileBase('😀', 200)).toBe('😀');
  });

  it('cuts by UTF-8 bytes between grapheme clusters, never inside one', () => {
    expect(safeFileBase('中'.repeat(100), 31)).toBe('中'.repeat(10));
    // A family emoji is 25 bytes of code points joined by ZWJ: kept whole or not at all.
    const family = '👨‍👩‍👧‍👦';
    expect(safeFileBase(`ab${family}`, 20)).toBe('ab');
    expect(safeFileBase(`ab${family}`, 30)).toBe(`ab${family}`);
    // Flags are pairs of regional indicators.
    expect(safeFileBase('🇫🇷🇩🇪🇮🇹', 18)).toBe('🇫🇷🇩🇪');
    // A cut that leaves a trailing dot or a device name is cleaned again.
    expect(safeFileBase('abc.def', 5)).toBe('abc');
    expect(safeFileBase('auxiliary', 4)).toBe('aux_');
  });

  it('keeps any slug, however hostile, within the budget and free of what it must not hold', () => {
    // Deterministic pseudo-random slugs over a hostile alphabet.
    const alphabet = ['a', '.', ' ', '/', '\u0000', '\u009b', '\u202e', '中', '😀', '\u0301', '\u200d', 'con', 'LPT1', '🇫', '\ud800'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const slug = Array.from({ length: next() % 120 }, () => alphabet[next() % alphabet.length]).join('');
      const budget = 1 + (next() % 60);
      const name = safeFileBase(slug, budget);
      expect(byteLength(name)).toBeLessThanOrEqual(budget);
      // Written to disk as it is: no lone surrogate turned into something else.
      expect(Buffer.from(name).toString()).toBe(name);
      expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\\/:*?"<>|]/);
      expect(name).not.toMatch(/^[.\s]|[.\s]$/);
      expect(name.split('.')[0]!.trimEnd()).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i);
    }
  });

  it('reads a slug of megabytes without looking at all of it', () => {
    const started = Date.now();
    expect(safeFileBase('é'.repeat(5_000_000), NAME_BYTES)).toBe('é'.repeat(127));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
