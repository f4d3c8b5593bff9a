import { parseHtml, type Element } from '../../../src/dom/dom';
import { hideEntityBrackets, restoreBrackets } from '../../../src/clean/shortcodes/literal-brackets';

describe('hideEntityBrackets / restoreBrackets', () => {
  it('hides every form of an entity bracket, and nothing else', () => {
    expect(hideEntityBrackets('&#91;a&#93; &#0091;b&#x5d; &#X5B;c&rsqb; &lbrack;d&rbrack; &#91e&#93')).toBe('\ufdd0a\ufdd1 \ufdd0b\ufdd1 \ufdd0c\ufdd1 \ufdd0d\ufdd1 \ufdd0e\ufdd1');
    expect(hideEntityBrackets('&#910; &#x5bc; &amp;#91; [x]')).toBeNull();
    expect(hideEntityBrackets('&#91; \ufdd0')).toBeNull();
  });

  it('restores brackets where the parser decodes, and the entity where it keeps text as written', () => {
    const root = parseHtml(hideEntityBrackets('<script>{"a":"&#91;x&#93;"}</script><!-- &#91;c --><p title="&#91;t&#93;">&#91;p&#93;</p><textarea>&#91;</textarea>')!);
    restoreBrackets(root);
    const [script, comment, p, textarea] = root.children as Element[];
    expect((script!.children[0] as unknown as { data: string }).data).toBe('{"a":"&#91;x&#93;"}');
    expect((comment as unknown as { data: string }).data).toBe(' &#91;c ');
    expect(p!.attribs.title).toBe('[t]');
    expect((p!.children[0] as unknown as { data: string }).data).toBe('[p]');
    expect((textarea!.children[0] as unknown as { data: string }).data).toBe('&#91;');
  });
});
