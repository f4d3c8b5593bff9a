import { ArticleSchema, parsePost, renderMarkdown, renderText, toMarkdown, type Article, type Block } from '../../src';
import { htmlProblems } from './safety';

const post = (html: string) => ({ id: 1, title: { rendered: 'Deep' }, content: { rendered: html } });

/**
 * Deepest nesting of blocks (details and quote children, list items' children), the top level being 1.
 * With `maxDepth: n`, blocks sit at levels 1…n+1 and text flattened at the limit one below:
 * never deeper than n + 2.
 */
function blockDepth(blocks: Block[]): number {
  let max = 0;
  const stack: [Block, number][] = blocks.map((b) => [b, 1]);
  while (stack.length) {
    const [b, d] = stack.pop()!;
    max = Math.max(max, d);
    if (b.type === 'details' || b.type === 'quote') for (const c of b.children) stack.push([c, d + 1]);
    if (b.type === 'list') for (const i of b.items) if (i.children) stack.push([i.children, d + 1]);
  }
  return max;
}

/** Everything a caller may do with the article must survive too. */
function useFully(a: Article): void {
  expect(() => ArticleSchema.parse(a)).not.toThrow();
  JSON.stringify(a);
  toMarkdown(a);
  toMarkdown(a, { html: true });
  toMarkdown(a, { mdx: true });
}

describe('hostile sizes and depths finish, with a warning where a limit was hit', () => {
  it('20,000 nested divs', () => {
    const a = parsePost(post(`${'<div class="elementor-column">'.repeat(20_000)}<p>deep text</p>${'</div>'.repeat(20_000)}`));
    expect(a.body).toEqual([{ type: 'paragraph', text: 'deep text', html: 'deep text' }]);
    useFully(a);
  });

  it('40,000 paragraphs', () => {
    const a = parsePost(post(Array.from({ length: 40_000 }, (_, i) => `<p>Paragraph ${i} <a href="https://x.example/${i}">link</a></p>`).join('\n')));
    expect(a.body.length).toBe(40_000);
    expect(a.links.length).toBe(40_000);
    useFully(a);
  });

  it.each(['span', 'b', 'em', 'a href="https://x.example/"', 'sup', 'font'])('20,000 nested <%s> inside a paragraph', (open) => {
    const tag = open.split(' ')[0];
    const a = parsePost(post(`<p>start ${`<${open}>`.repeat(20_000)}middle${`</${tag}>`.repeat(20_000)} end</p>`));
    expect(a.text).toBe('start middle end');
    // The same tag inside itself is emitted once: output nesting stays shallow.
    expect(a.html.split('<').length).toBeLessThan(10);
    useFully(a);
  });

  it('20,000 nested mixed inline tags around a block (the walker looks through them once)', () => {
    const tags = ['span', 'b', 'i', 'a href="#x"', 'small', 'mark'];
    const opens = Array.from({ length: 20_000 }, (_, i) => `<${tags[i % tags.length]}>`).join('');
    const closes = Array.from({ length: 20_000 }, (_, i) => `</${tags[(19_999 - i) % tags.length]!.split(' ')[0]}>`).join('');
    const started = Date.now();
    const a = parsePost(post(`${opens}<div><p>inside</p></div>${closes}`));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(a.text).toBe('inside');
    useFully(a);
  });

  it('10,000-deep nested lists stop at maxDepth with a warning', () => {
    const a = parsePost(post(`${'<ul><li>item'.repeat(10_000)}${'</li></ul>'.repeat(10_000)}`));
    expect(blockDepth(a.body)).toBeLessThanOrEqual(34);
    expect(a.warnings.map((w) => w.code)).toContain('max_depth');
    expect(a.text.match(/item/g)?.length).toBe(10_000);
    useFully(a);
  });

  it('10,000-deep lists written as list-in-list (no li between)', () => {
    const a = parsePost(post(`${'<ol><li>x</li>'.repeat(10_000)}${'</ol>'.repeat(10_000)}`));
    expect(blockDepth(a.body)).toBeLessThanOrEqual(34);
    useFully(a);
  });

  it.each(['details', 'blockquote', 'figure'])('5,000 nested <%s> flatten at maxDepth with a warning', (tag) => {
    const inner = tag === 'figure' ? '<table><tr><td>cell</td></tr></table>' : '<p>core</p>';
    const a = parsePost(post(`${`<${tag}>`.repeat(5_000)}${inner}${`</${tag}>`.repeat(5_000)}`));
    expect(blockDepth(a.body)).toBeLessThanOrEqual(34);
    useFully(a);
  });

  it('honours a small maxDepth', () => {
    const a = parsePost(post('<details><summary>a</summary><details><summary>b</summary><details><summary>c</summary><p>d</p></details></details></details>'), { maxDepth: 2 });
    expect(blockDepth(a.body)).toBe(4);
    expect(a.warnings.map((w) => w.code)).toContain('max_depth');
    expect(a.text).toContain('d');
  });

  it.each([
    ['details', '<details><summary>s</summary>', '</details>'],
    ['ul', '<ul><li>x', '</li></ul>'],
    ['blockquote', '<blockquote>', '</blockquote>'],
  ])('a huge maxDepth is capped (256) so 20,000 nested <%s> cannot overflow the stack', (_tag, open, close) => {
    const a = parsePost(post(`${open.repeat(20_000)}<p>core</p>${close.repeat(20_000)}`), { maxDepth: 1e9 });
    // Nested blocks are kept down to the cap (quotes keep their children), never deeper.
    expect(blockDepth(a.body)).toBeGreaterThanOrEqual(200);
    expect(blockDepth(a.body)).toBeLessThanOrEqual(258);
    useFully(a);
  });

  it('cuts content longer than maxContentLength with a warning', () => {
    const a = parsePost(post(`<p>${'word '.repeat(1000)}</p>`), { maxContentLength: 100 });
    expect(a.warnings.map((w) => w.code)).toContain('content_truncated');
    expect(a.text.length).toBeLessThanOrEqual(100);
  });

  it('thousands of line breaks in a heading or cell cost linear time', () => {
    const started = Date.now();
    const a = parsePost(post(`<h2>${'<br>'.repeat(50_000)}x${'<br> '.repeat(50_000)}</h2><table><tr><td>${'<br>'.repeat(50_000)}y</td></tr></table>`));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(a.text).toContain('x');
    useFully(a);
  });

  it('a 5 MB unclosed comment, tag or attribute is survived', () => {
    for (const html of [`<!--${'x'.repeat(5e6)}`, `<p title="${'x'.repeat(5e6)}`]) expect(parsePost(post(html)).body).toEqual([]);
    const lt = parsePost(post(`<p>${'<'.repeat(1e6)}</p>`));
    expect(lt.html).toBe(`<p>${'&lt;'.repeat(1e6)}</p>`);
    const amp = parsePost(post(`<p>${'&'.repeat(1e6)}<script>x</script></p>`));
    expect(amp.html).toBe(`<p>${'&amp;'.repeat(1e6)}</p>`);
    expect(htmlProblems(amp.html.slice(0, 1000))).toEqual([]);
  });

  it('11 KB of rowspan="65534" colspan="1000" (billions of grid cells asked for) renders small, with a warning', () => {
    // Each row's span covers every row below, pushing the next row's cells right: rows × rows.
    const row = '<tr><td rowspan="65534" colspan="1000">x</td><td>y</td></tr>';
    const html = `<table>${row.repeat(Math.floor((11_000 - 15) / row.length))}</table>`;
    expect(html.length).toBeLessThanOrEqual(11_000);
    const a = parsePost(post(html));
    const r = renderMarkdown(a, { frontMatter: false });
    expect(r.warnings.map((w) => w.code)).toEqual(['table_too_large']);
    // Every cell is there, once: 2 per row.
    expect(r.markdown.match(/\| x \| y \|/g)).toHaveLength(Math.floor((11_000 - 15) / row.length));
    expect(r.markdown.length).toBeLessThan(2 * html.length);
    for (const out of [toMarkdown(a, { html: true }), toMarkdown(a, { mdx: true }), a.html, renderText(a.body)]) expect(out.length).toBeLessThan(2 * html.length);
    useFully(a);
  });

  it('a table of 150,000 rows, loose or in a tbody, is read (rows are never spread as arguments)', () => {
    for (const wrap of [(r: string) => r, (r: string) => `<tbody>${r}</tbody>`]) {
      const a = parsePost(post(`<table>${wrap('<tr><td>1</td></tr>'.repeat(150_000))}</table>`));
      expect(a.body[0]!.type === 'table' && a.body[0]!.body.length).toBe(150_000);
      expect(toMarkdown(a).split('\n| 1 |').length).toBe(150_001);
    }
  });
});
