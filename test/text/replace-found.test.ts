import { replaceFound } from '../../src/text/replace-found';

describe('replaceFound', () => {
  it('replaces as replace does, and hands back the same string when nothing is found', () => {
    const squash = replaceFound(/ {2,}/g, ' ');
    expect(squash('a  b   c')).toBe('a b c');
    const clean = 'a b c';
    expect(squash(clean)).toBe(clean);
    const upper = replaceFound(/[a-c]/g, (c) => c.toUpperCase());
    expect([upper('abcd'), upper('xyz')]).toEqual(['ABCd', 'xyz']);
    // The test keeps no position between calls (a global regex's `test` would).
    expect([upper('a'), upper('a'), upper('a')]).toEqual(['A', 'A', 'A']);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => replaceFound(/a/, 'b')).toThrow(TypeError);
  });
});
