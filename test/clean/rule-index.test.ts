import { findElement, parseHtml, type Element } from '../../src/dom/dom';
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
