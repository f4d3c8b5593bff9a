import { parsePost, toMarkdown } from '../../src';

const convert = (html: string) => parsePost({ id: 1, content: { rendered: html } });

describe('a heading written straight inside a list (headstartwp corpus post)', () => {
  it('stays a heading between two lists', () => {
    const a = convert('<ul><li>A</li><h4>Head</h4><li>B</li></ul>');
    expect(a.body.map((b) => b.type)).toEqual(['list', 'heading', 'list']);
    expect(a.headings).toEqual([{ level: 4, text: 'Head', anchor: 'head' }]);
    expect(toMarkdown(a, { frontMatter: false })).toBe('- A\n\n#### Head\n\n- B\n');
  });

  it('lets an ordered list count on after it', () => {
    const a = convert('<ol start="5"><li>A</li><li>B</li><h4>Head</h4><li>C</li></ol>');
    expect(toMarkdown(a, { frontMatter: false })).toBe('5. A\n6. B\n\n#### Head\n\n7. C\n');
  });

  it('puts lists that follow it side by side, not one inside the other', () => {
    const a = convert('<ul><li>A</li><h4>Head</h4><ul><li>B</li></ul><ul><li>C</li></ul></ul>');
    expect(toMarkdown(a, { frontMatter: false })).toBe('- A\n\n#### Head\n\n- B\n- C\n');
    // A list right after an item still belongs to that item.
    expect(toMarkdown(convert('<ul><li>A</li><ul><li>B</li></ul></ul>'), { frontMatter: false })).toBe('- A\n  - B\n');
  });
});
