import { toMarkdown } from '../../src/render/to-markdown';
import { kitchenSink } from './kitchen-sink';
import { checkMdx } from './mdx-check';
import { expectedFor, htmlTokens, parsedFor } from './prove';

describe('proof on a hand-written article holding every block type', () => {
  it('Markdown parses back (markdown-it, GFM tables, footnotes) to the block structure', () => {
    const expected = expectedFor(kitchenSink, 'md');
    expect(expected.events.length).toBeGreaterThan(50);
    expect(parsedFor(kitchenSink)).toEqual(expected);
  });

  it('holds no HTML tag by default', () => {
    expect(htmlTokens(toMarkdown(kitchenSink))).toEqual([]);
  });

  it('holds HTML only where html: true allows it, and still parses to the same headings, lists and tables', () => {
    // With html: true, merged cells are an HTML table unless GFM tables are asked for.
    const md = toMarkdown(kitchenSink, { html: true, tables: 'gfm', frontMatter: false });
    expect(htmlTokens(md).length).toBeGreaterThan(0);
    const keep = (e: string) => /^(h\d|list|\/list|li|table|tr|code)/.test(e);
    expect(parsedFor(kitchenSink, { html: true, tables: 'gfm' }).events.filter(keep).map((e) => e.replace(/<br>/g, ' '))).toEqual(expectedFor(kitchenSink, 'md').events.filter(keep));
  });

  it('MDX compiles with @mdx-js/mdx and parses back to the block structure, in every mode', () => {
    const docs = [
      { name: 'mdx', markdown: toMarkdown(kitchenSink, { mdx: true, frontMatter: 'astro', html: false }) },
      // Astro's default: inline tags as JSX.
      { name: 'mdx-astro', markdown: toMarkdown(kitchenSink, { mdx: true, frontMatter: 'astro' }) },
      { name: 'mdx-html', markdown: toMarkdown(kitchenSink, { mdx: true, html: true }) },
      { name: 'mdx-html-tables', markdown: toMarkdown(kitchenSink, { mdx: true, html: true, tables: 'html', embeds: 'url' }) },
    ];
    const [plain, ...others] = checkMdx(docs);
    expect(plain).toMatchObject({ ok: true, error: null });
    expect({ events: plain!.events, urls: plain!.urls }).toEqual(expectedFor(kitchenSink, 'mdx'));
    for (const r of others) expect(r).toMatchObject({ ok: true, error: null });
  });
});
