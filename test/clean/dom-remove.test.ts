import { createElement, parseHtml, remove, replaceWith, type AnyNode, type Element } from '../../src/dom/dom';

// Long child lists are compacted lazily (see `remove`): whoever looks must still see exact lists and links.
const links = (kids: AnyNode[]) => kids.every((k, i) => k.prev === (kids[i - 1] ?? null) && k.next === (kids[i + 1] ?? null));
const names = (kids: AnyNode[]) => kids.map((k) => (k as Element).attribs?.id ?? '#text').join(',');

describe('remove on long child lists', () => {
  it('keeps children, prev/next and parent exact after many removals', () => {
    const doc = parseHtml(Array.from({ length: 100 }, (_, i) => `<b id="${i}"></b>`).join(''));
    const kids = [...doc.children];
    const gone = kids.filter((_, i) => i % 3 === 0);
    for (const k of gone) remove(k);
    // Links are exact before anyone reads the list …
    expect(kids[1]!.prev).toBe(null);
    expect(kids[2]!.next).toBe(kids[4]);
    expect(gone.every((k) => k.parent === null && k.prev === null && k.next === null)).toBe(true);
    // … and the list is, once read.
    expect(doc.children).toHaveLength(66);
    expect(names(doc.children)).toBe(kids.filter((_, i) => i % 3 !== 0).map((k) => (k as Element).attribs.id).join(','));
    expect(links(doc.children)).toBe(true);
  });

  it('reads the same after removals interleaved with replacements and re-insertion', () => {
    const doc = parseHtml(Array.from({ length: 50 }, (_, i) => `<b id="${i}"></b>`).join(''));
    const [a, b, c, d] = [doc.children[10]!, doc.children[11]!, doc.children[12]!, doc.children[40]!];
    remove(a);
    remove(c);
    // A removed node put back in the same parent counts once, where it was put.
    replaceWith(b, [createElement('i', { id: 'x' }), a]);
    remove(d);
    expect(names(doc.children.slice(9, 13))).toBe('9,x,10,13');
    expect(doc.children).toHaveLength(48);
    expect(a.parent).toBe(doc);
    expect(links(doc.children)).toBe(true);
    // Assigning a new list replaces the pending one.
    doc.children = [a];
    expect(doc.children).toEqual([a]);
  });
});
