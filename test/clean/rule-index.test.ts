import fc from 'fast-check';
import { classList, findElement, parseHtml, type Element } from '../../src/dom/dom';
import { matches } from '../../src/clean/match';
import type { CleanRule } from '../../src/clean/profile';
import { firstMatch, indexRules } from '../../src/clean/rule-index';

const drop = (name: string, match: CleanRule['match']): CleanRule => ({ name, match, action: 'drop' });
const first = (html: string): Element => findElement(parseHtml(html), () => true)!;

describe('indexRules / firstMatch', () => {
  const rules = [
    drop('by-id', { attrs: { id: true }, test: (el) => el.attribs.id === 'toc' }),
    drop('by-class', { classes: ['ad'] }),
    drop('hidden', { attrs: { hidden: true } }),
    drop('by-tag', { tags: ['aside'] }),
    drop('anywhere', { test: (el) => el.attribs['data-x'] === '1' }),
  ];
  const index = indexRules(rules);

  it('buckets rules by tag, class, first required attribute, or none', () => {
    expect(index.byAttr.map(([name, list]) => [name, list.map((i) => rules[i]!.name)])).toEqual([
      ['id', ['by-id']],
      ['hidden', ['hidden']],
    ]);
    expect(index.always.map((i) => rules[i]!.name)).toEqual(['anywhere']);
  });

  it('finds the first matching rule in the original order, whichever bucket holds it', () => {
    expect(firstMatch(first('<aside id="toc" class="ad" hidden>x</aside>'), index)?.name).toBe('by-id');
    expect(firstMatch(first('<aside id="other" class="ad" hidden>x</aside>'), index)?.name).toBe('by-class');
    expect(firstMatch(first('<aside hidden>x</aside>'), index)?.name).toBe('hidden');
    expect(firstMatch(first('<aside data-x="1">x</aside>'), index)?.name).toBe('by-tag');
    expect(firstMatch(first('<div data-x="1">x</div>'), index)?.name).toBe('anywhere');
    expect(firstMatch(first('<div id="toc2">x</div>'), index)).toBeUndefined();
  });

  it('never tests an attribute rule on an element without that attribute', () => {
    const test = jest.fn(() => true);
    const idx = indexRules([drop('needs-id', { attrs: { id: true }, test })]);
    expect(firstMatch(first('<div class="a">x</div>'), idx)).toBeUndefined();
    expect(test).not.toHaveBeenCalled();
    expect(firstMatch(first('<div id="a">x</div>'), idx)?.name).toBe('needs-id');
  });
});

describe('indexRules bucket choice', () => {
  it('files a rule under its classes before its attributes, and its attributes before its tags', () => {
    const rules = [
      drop('div-gallery', { tags: ['div'], classes: ['gallery'] }),
      drop('span-styled', { tags: ['span'], attrs: { style: true } }),
      drop('div-only', { tags: ['div'] }),
    ];
    const index = indexRules(rules);
    expect(index.byClass.get('gallery')).toEqual([0]);
    expect(index.byAttr).toEqual([['style', [1]]]);
    expect([...index.byTag]).toEqual([['div', [2]]]);
    // Still every requirement: the class alone is not enough for a rule that also names a tag.
    expect(firstMatch(first('<p class="gallery">x</p>'), index)).toBeUndefined();
    expect(firstMatch(first('<div class="gallery">x</div>'), index)?.name).toBe('div-gallery');
    expect(firstMatch(first('<span style="x">y</span>'), index)?.name).toBe('span-styled');
  });
});

describe('firstMatch against the rules in order (property)', () => {
  it('is the first rule of the list whose matcher holds, for any rules and element', () => {
    const name = fc.constantFrom('id', 'hidden', 'style', 'role', 'data-x', 'title');
    const matcher = fc.record(
      { tags: fc.array(fc.constantFrom('div', 'p', 'span'), { minLength: 1, maxLength: 2 }), classes: fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 2 }), attrs: fc.dictionary(name, fc.constantFrom<string | true>(true, '1', 'x'), { minKeys: 1, maxKeys: 2 }) },
      { requiredKeys: [] },
    );
    const element = fc.tuple(fc.constantFrom('div', 'p', 'span'), fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }), fc.dictionary(name, fc.constantFrom('1', 'x', ''), { maxKeys: 3 }));
    fc.assert(fc.property(fc.array(matcher, { maxLength: 8 }), element, (matchers, [tag, classes, attrs]) => {
      const rules = matchers.map((m, i) => drop(`r${i}`, m));
      const attributes = Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('');
      const el = first(`<${tag}${classes.length ? ` class="${classes.join(' ')}"` : ''}${attributes}>t</${tag}>`);
      expect(firstMatch(el, indexRules(rules))?.name).toBe(rules.find((r) => matches(el, classList(el), r.match))?.name);
    }), { numRuns: 3000, seed: 3 });
  });
});
