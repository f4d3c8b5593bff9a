import { parsePost } from '../../src';
import { articleSerializer, gutenbergPost, serializeArticle, wpPost } from '../../src/testing';
import { fixtures } from '../../src/testing/fixtures';

describe('articleSerializer', () => {
  it('writes an article as a short outline, a line per block', () => {
    expect(serializeArticle(parsePost(fixtures.gutenberg.post))).toBe(`Article #101 post "Walking the flats" (gutenberg)
  slug walking-the-flats
  status publish
  link https://example.org/2024/05/walking-the-flats/
  excerpt Before you go Low tide comes twice a day; check the table before walking out. Boots A charged phone The flats at noon The sea is faster than you. A harbour master What if I am cut off? Call the coastguard on 999.
  published 2024-05-06T07:30:00.000Z
  categories uncategorized
  body:
    h2 Before you go #before-you-go
    p Low tide comes twice a day; check the table before walking out.
    - Boots
    - A charged phone
    image https://example.org/wp-content/uploads/2024/05/mudflats.jpg "Mudflats at low water" caption "The flats at noon"
    quote — A harbour master
      p The sea is faster than you.
    details "What if I am cut off?"
      p Call the coastguard on 999.
  seo:
    title Walking the flats
    description Before you go Low tide comes twice a day; check the table before walking out. Boots A charged phone The flats at noon The sea is faster than you. A harbour master What if I am cut off? Call the coastguard on 999.
    canonical https://example.org/2024/05/walking-the-flats/`);
  });

  it('keeps inline formatting, numbering, nesting, code, tables and warnings legible', () => {
    const post = wpPost({ id: 9, title: 'Odds', content: '<ol start="3">\n<li>Three <em>ish</em>\n<ul>\n<li><a href="https://example.org/x">inner</a></li>\n</ul>\n</li>\n<li>Four</li>\n</ol>\n<pre><code class="language-js">a();\nb();</code></pre>\n<table><tr><th>k</th><td>v</td></tr></table>\n<p>Hi</p>\n<hr>\n<iframe src="https://ads.example/frame"></iframe>' });
    const lines = serializeArticle(parsePost(post)).split('\n');
    expect(lines.slice(lines.indexOf('  body:') + 1)).toEqual([
      '    3. Three _ish_',
      '      - [inner](https://example.org/x)',
      '    4. Four',
      '    code js',
      '      | a();',
      '      | b();',
      '    table',
      '      | *k* | v |',
      '    p Hi',
      '    ---',
      '  seo:',
      '    title Odds',
      '    description Three ish inner Four a(); b(); kv Hi',
      '    canonical https://example.org/2024/05/odds/',
      '  warnings:',
      expect.stringMatching(/^ {4}dropped_iframe at .*: .*ads\.example/),
    ]);
  });

  it('is a Jest/Vitest snapshot plugin: it claims articles only, and indents as told', () => {
    const article = parsePost(gutenbergPost([{ name: 'core/paragraph', html: '<p>One</p>' }]));
    expect(articleSerializer.test(article)).toBe(true);
    expect(articleSerializer.test({ body: [] })).toBe(false);
    expect(articleSerializer.test('text')).toBe(false);
    const out = articleSerializer.serialize(article, {}, '  ');
    expect(out.split('\n')[0]).toBe('Article #1 post "Hello world" (classic)');
    expect(out.split('\n').slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(articleSerializer.serialize(parsePost(gutenbergPost([{ name: 'core/paragraph', html: '<p>One</p>' }])))).toBe(articleSerializer.serialize(article));
  });
});
