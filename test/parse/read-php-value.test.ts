import { readPhpValue, recount } from '../../src/parse/read-php-value';

describe('readPhpValue: serialised post meta of an export', () => {
  it('reads arrays, nested arrays and numbers', () => {
    expect(readPhpValue('a:2:{s:5:"width";i:300;s:5:"sizes";a:1:{s:5:"thumb";a:1:{s:4:"file";s:5:"t.jpg";}}}')).toEqual({ width: 300, sizes: { thumb: { file: 't.jpg' } } });
    expect(readPhpValue('a:2:{i:0;s:7:"noindex";i:1;s:8:"nofollow";}')).toEqual(['noindex', 'nofollow']);
  });

  it('counts strings in UTF-8 bytes, as PHP does', () => {
    expect(readPhpValue('a:1:{s:7:"caption";s:5:"café";}')).toEqual({ caption: 'café' });
  });

  it('recounts strings whose byte count XML reading broke (CRLF read as LF)', () => {
    const stored = 'a:1:{s:7:"caption";s:11:"line\r\nnext;";}';
    const read = stored.replace('\r\n', '\n');
    expect(recount(read)).toBe('a:1:{s:7:"caption";s:10:"line\nnext;";}');
    expect(readPhpValue(read)).toEqual({ caption: 'line\nnext;' });
  });

  it('is null for text that is not a serialised value, and for broken values', () => {
    expect(readPhpValue('plain text')).toBeNull();
    expect(readPhpValue('a:1:{s:3:"abc"')).toBeNull();
  });
});
