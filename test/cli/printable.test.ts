import { printable } from '../../src/cli/printable';

describe('printable', () => {
  it('shows escape sequences and control characters escaped, so they cannot act on the terminal', () => {
    expect(printable('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(printable('t\u001b]0;owned\u0007')).toBe('t\\x1b]0;owned\\x07');
    expect(printable('c1\u009b31m')).toBe('c1\\x9b31m');
    expect(printable('line\nnext\r')).toBe('line\\x0anext\\x0d');
    expect(printable('del\u007f')).toBe('del\\x7f');
    expect(printable('rtl\u202eexe.txt\u2066')).toBe('rtl\\u202eexe.txt\\u2066');
    expect(printable('sep\u2028')).toBe('sep\\u2028');
  });

  it('leaves ordinary text, tabs and non-Latin scripts alone', () => {
    expect(printable('Привет\t世界 🎬 café')).toBe('Привет\t世界 🎬 café');
  });
});
