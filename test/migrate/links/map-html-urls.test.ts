import { parseDocument } from 'htmlparser2';
import { mapHtmlUrls } from '../../../src/migrate/links/map-html-urls';
import { mapSrcset } from '../../../src/text/map-srcset';
import { fc } from '../../property/config';

const to = (from: string, replacement: string) => (u: string) => (u === from ? replacement : null);

describe('mapHtmlUrls', () => {
  it('rewrites href, src, poster, cite and lazy-load attributes, whatever their quoting', () => {
    const html = `<a href="/a">1</a><a href='/a'>2</a><a href=/a>3</a><a HREF = "/a">4</a><img data-src="/a" src="/a"><video poster="/a"></video><q cite="/a">q</q>`;
    expect(mapHtmlUrls(html, to('/a', '/b'))).toBe(`<a href="/b">1</a><a href="/b">2</a><a href="/b">3</a><a HREF = "/b">4</a><img data-src="/b" src="/b"><video poster="/b"></video><q cite="/b">q</q>`);
  });

  it('reads entities in values as a browser does and escapes what it writes', () => {
    expect(mapHtmlUrls('<a href="/a?x=1&amp;y=2">t</a>', to('/a?x=1&y=2', '/b?q="1"&r=<2>'))).toBe('<a href="/b?q=&quot;1&quot;&amp;r=&lt;2&gt;">t</a>');
    expect(mapHtmlUrls('<a href="/a?x=1&#038;y=2">t</a>', to('/a?x=1&y=2', '/c'))).toBe('<a href="/c">t</a>');
  });

  it('leaves text, other attributes, comments, scripts and raw text alone, byte for byte', () => {
    const html = `<p title="/a" alt='/a'>href="/a" &amp; <!-- <a href="/a"> --><script>x='<a href="/a">'</script><textarea><a href="/a"></textarea><a  class=x   href="/a"  >k</a></p>`;
    expect(mapHtmlUrls(html, to('/a', '/b'))).toBe(html.replace('<a  class=x   href="/a"', '<a  class=x   href="/b"'));
  });

  it('trims the whitespace around a URL value before mapping it, as browsers do', () => {
    expect(mapHtmlUrls('<a href="  /a \n">t</a>', to('/a', '/b'))).toBe('<a href="/b">t</a>');
    expect(mapHtmlUrls('<a href="  /a \n">t</a>', () => null)).toBe('<a href="  /a \n">t</a>');
  });

  it('maps each srcset candidate, a comma inside a URL included', () => {
    const html = '<img srcset="/a?resize=300,200 300w, /b 2x,/a?resize=300,200 1x">';
    expect(mapHtmlUrls(html, to('/a?resize=300,200', '/c'))).toBe('<img srcset="/c 300w, /b 2x,/c 1x">');
  });

  it('changes nothing, and copies nothing, when no URL changes', () => {
    const html = '<a href="/a">x</a>';
    expect(mapHtmlUrls(html, () => null)).toBe(html);
    expect(mapHtmlUrls(html, (u) => u)).toBe(html);
  });

  // The oracle: a real parser reads the same document from the input with the URL replaced.
  const url = fc.constantFrom('/a', '/a?x=1&y=2', 'https://ex.org/b c', "/q'\"", '/é', '/a,b');
  const attr = fc.constantFrom('href', 'src', 'title', 'srcset', 'data-src', 'class');
  const quote = fc.constantFrom('"', "'", '');
  const enc = (s: string, q: string) => (q === '"' ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : q === "'" ? s.replace(/&/g, '&amp;').replace(/'/g, '&#39;') : s.replace(/&/g, '&amp;').replace(/[\s"'=<>`]/g, (c) => `&#${c.charCodeAt(0)};`));
  const element = fc.tuple(fc.constantFrom('a', 'img', 'span'), fc.array(fc.tuple(attr, url, quote), { maxLength: 3 }), fc.constantFrom('', 'text /a', '&amp; <b>x</b>')).map(([tag, attrs, text]) => {
    const seen = new Set<string>();
    const list = attrs.filter(([name]) => !seen.has(name) && seen.add(name));
    return `<${tag}${list.map(([n, v, q]) => ` ${n}=${q}${enc(v, q)}${q}`).join('')}>${text}</${tag}>`;
  });
  it('property: identity keeps the string; a replaced URL is what a parser reads, the rest as it was', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 6 }), url, (elements, target) => {
        const html = elements.join('<br>');
        expect(mapHtmlUrls(html, (u) => u)).toBe(html);
        const moved = mapHtmlUrls(html, to(target, '/moved'));
        const expected = parsed(html, (name, value) => (['href', 'src', 'data-src'].includes(name) && value.trim() === target ? '/moved' : name === 'srcset' ? mapSrcset(value, to(target, '/moved')) : value));
        expect(parsed(moved, (_n, v) => v)).toEqual(expected);
      }),
    );
  });
});

function parsed(html: string, attribute: (name: string, value: string) => string): unknown {
  const walk = (nodes: ReturnType<typeof parseDocument>['children']): unknown[] =>
    nodes.map((n) => ('attribs' in n ? { name: n.name, attribs: Object.fromEntries(Object.entries(n.attribs).map(([k, v]) => [k, attribute(k, v)])), children: walk(n.children) } : 'data' in n ? n.data : null));
  return walk(parseDocument(html).children);
}

describe('mapSrcset', () => {
  it('keeps descriptors, spacing and commas as written', () => {
    expect(mapSrcset(' a.jpg  1x ,\n b.jpg 2x', to('b.jpg', 'c.jpg'))).toBe(' a.jpg  1x ,\n c.jpg 2x');
    // As the standard's parser reads it: a comma inside a run of non-space is part of the URL.
    expect(mapSrcset('a.jpg,b.jpg 2x', to('a.jpg', 'z.jpg'))).toBe('a.jpg,b.jpg 2x');
    expect(mapSrcset('a.jpg,b.jpg 2x', to('a.jpg,b.jpg', 'z.jpg'))).toBe('z.jpg 2x');
    expect(mapSrcset('a.jpg, b.jpg 2x', to('a.jpg', 'z.jpg'))).toBe('z.jpg, b.jpg 2x');
    expect(mapSrcset('a.jpg,, b.jpg', to('a.jpg', 'z.jpg'))).toBe('z.jpg,, b.jpg');
    expect(mapSrcset('a.jpg (x, y) 1x, b.jpg', to('b.jpg', 'c.jpg'))).toBe('a.jpg (x, y) 1x, c.jpg');
  });
});
