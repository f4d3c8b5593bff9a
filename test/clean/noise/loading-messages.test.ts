import fc from 'fast-check';
import { isTag, parseHtml, type Element } from '../../../src/dom/dom';
import { isLoadingMessage, loadingMessageText } from '../../../src/clean/profiles/noise/app-placeholders';

function first(html: string): Element {
  return parseHtml(html).children.find(isTag)!;
}

describe('loading-messages test', () => {
  it('finds the message in any element, however its text is split and spaced', () => {
    expect(isLoadingMessage(first('<p>Loading…</p>'))).toBe(true);
    expect(isLoadingMessage(first('<div><span>Please wait</span><em>.</em>.\u00a0\n</div>'))).toBe(true);
    expect(isLoadingMessage(first('<span>Chargement\u2003...\u3000</span>'))).toBe(true);
    expect(isLoadingMessage(first('<p>Loading the truck.</p>'))).toBe(false);
    expect(isLoadingMessage(first('<p>Loading… done</p>'))).toBe(false);
    expect(isLoadingMessage(first('<p>Loading…\u0001</p>'))).toBe(false);
    expect(isLoadingMessage(first('<p></p>'))).toBe(false);
  });

  it('agrees with the definition it stands in front of (short text, squashed, against the pattern)', () => {
    // Words of the pattern, dots, every kind of white space, control characters, and nesting.
    const piece = fc.constantFrom('Loading', 'please wait', 'LADEN', '読み込み中', 'x', '.', '..', '…', ' ', '\u00a0', '\u2003', '\u3000', '\n', '\t', '\u0001', '\u200b', '\ufeff', '');
    const text = fc.array(piece, { maxLength: 5 }).map((a) => a.join(''));
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text.map((t) => t.replace(/</g, '')),
        fc.tuple(fc.constantFrom('span', 'em', 'b', 'div'), fc.array(tie('node'), { maxLength: 4 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
        fc.constant('<!-- Loading… -->'),
      ),
    })).node;
    fc.assert(fc.property(fc.array(tree, { maxLength: 30 }), (kids) => {
      const el = first(`<p>${kids.join('')}</p>`);
      expect(isLoadingMessage(el)).toBe(el.children.length > 0 && loadingMessageText(el));
    }), { numRuns: 20000, seed: 7 });
  });
});
