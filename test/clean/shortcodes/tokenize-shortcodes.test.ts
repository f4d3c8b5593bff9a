import { tokenizeShortcodes, type ShortcodeToken } from '../../../src/clean/shortcodes/tokenize-shortcodes';
import { pairShortcodes } from '../../../src/clean/shortcodes/pair-shortcodes';
import { parseShortcodeAttributes } from '../../../src/clean/shortcodes/parse-shortcode-attributes';

const tags = (s: string) => tokenizeShortcodes(s).filter((t): t is ShortcodeToken => t.kind !== 'text');

describe('tokenizeShortcodes', () => {
  it('reads open, close and self-closing tags with their text around', () => {
    const segs = tokenizeShortcodes('a [b x="1"]c[/b] [d /]e');
    expect(segs.map((s) => (s.kind === 'text' ? s.text : `${s.kind}:${s.name}${s.kind === 'open' && s.selfClosing ? '/' : ''}`))).toEqual([
      'a ', 'open:b', 'c', 'close:b', ' ', 'open:d/', 'e',
    ]);
  });

  it('turns the escape [[x]] into the literal text [x]', () => {
    expect(tokenizeShortcodes('see [[gallery ids="1"]] here')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'text', text: '[gallery ids="1"]' },
      { kind: 'text', text: ' here' },
    ]);
  });

  it('leaves brackets that cannot be tags as text', () => {
    for (const s of ['[1]', '[foo.bar]', '[a:b]', '[', ']', '[[', '[/x y]', '[ x]', 'a[b']) {
      expect(tags(s)).toEqual([]);
    }
  });

  it('reads the curly and prime quotes wptexturize leaves around attribute values', () => {
    // `&#8220;1&#8243;` and `&rdquo;x&rdquo;` after the HTML parser decoded them.
    const [t] = tags('[et_pb_section fb_built=\u201c1\u2033 admin=\u201cdefault\u201c][vc_row type=\u201din_container\u201d]');
    expect(t!.attrs).toEqual({ fb_built: '1', admin: 'default' });
    expect(tags('[vc_row type=\u201din_container\u201d full=\u20331\u2033]')[0]!.attrs).toEqual({ type: 'in_container', full: '1' });
  });

  // 200k characters: a quadratic scan would take minutes, so a generous ceiling is no flaky test on a busy machine.
  it('stays linear on hostile input (no closing bracket, nested brackets, many tags)', () => {
    const inputs = [
      `[foo ${'a'.repeat(200_000)}`,
      '['.repeat(200_000),
      `[${'a'.repeat(200_000)}`,
      '[a x="'.repeat(40_000),
      '[[a]'.repeat(50_000),
      `[a ${'x="y" '.repeat(30_000)}`,
    ];
    for (const input of inputs) {
      const t0 = Date.now();
      tokenizeShortcodes(input);
      expect(Date.now() - t0).toBeLessThan(5000);
    }
  });
});

describe('parseShortcodeAttributes', () => {
  it('follows WordPress: double, single and unquoted values, positional values, lower-cased names', () => {
    expect(parseShortcodeAttributes(` ID="5" align='left' width=300 big "quoted pos"`)).toEqual({
      attrs: { id: '5', align: 'left', width: '300' },
      positional: ['big', 'quoted pos'],
    });
  });

  it('removes Divi dynamic-content tokens from values', () => {
    expect(parseShortcodeAttributes(' title="@ET-DC@eyJkeW5hbWljIjp0cnVlfQ==@"').attrs.title).toBe('');
  });
});

describe('pairShortcodes', () => {
  it('pairs nested tags and makes unclosed ones self-closing', () => {
    const t = tags('[a][b][c][/a][/zzz]');
    expect(pairShortcodes(t)).toEqual([3, -1, -1, 0, -1]);
  });

  it('is linear when closes find no open of their name', () => {
    const t = tags(`${'[a]'.repeat(50_000)}${'[/b]'.repeat(50_000)}[/a]`);
    const t0 = Date.now();
    const p = pairShortcodes(t);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(p[t.length - 1]).toBe(49_999);
  });
});
