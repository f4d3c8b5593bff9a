import { parsePost } from '../../src';
import { resolveUrl } from '../../src/extract/resolve-urls';

// Relative links and images read as on the post's own page (the `baseUrl` option, else `link`).
describe('baseUrl: relative links and images', () => {
  const link = 'https://example.org/2024/05/hello/';
  const post = (content: string, over: Record<string, unknown> = {}) => ({ id: 1, link, content: { rendered: content }, ...over });

  it('resolves links of every relative form against the post link; anchors, mail and phone links stay', () => {
    const a = parsePost(post('<p><a href="/about/">a</a> <a href="../other/">b</a> <a href="next/">c</a> <a href="?p=2">d</a> <a href="//cdn.example.net/f.pdf">e</a> <a href="#notes">f</a> <a href="mailto:x@example.org">g</a> <a href="https://elsewhere.net/">h</a></p>'));
    expect(a.links.map((l) => l.href)).toEqual([
      'https://example.org/about/', 'https://example.org/2024/05/other/', 'https://example.org/2024/05/hello/next/', 'https://example.org/2024/05/hello/?p=2',
      'https://cdn.example.net/f.pdf', '#notes', 'mailto:x@example.org', 'https://elsewhere.net/',
    ]);
    expect(a.links.map((l) => l.external)).toEqual([false, false, false, false, true, false, false, true]);
    expect(a.html).toContain('<a href="https://example.org/about/">a</a>');
  });

  it('resolves image sources, srcset candidates, lazy-load sources and image links', () => {
    const a = parsePost(post('<figure><a href="/photo/"><img src="/wp-content/uploads/a.jpg" srcset="/wp-content/uploads/a-300x200.jpg 300w, /wp-content/uploads/a.jpg 1024w" alt="A"></a></figure><p><img data-lazy-src="/lazy.jpg" data-lazy="1" src="data:image/gif;base64,R0lGOD" alt="L"></p>'));
    expect(a.images.map((i) => [i.src, i.srcset.map((c) => c.url), i.link])).toEqual([
      ['https://example.org/wp-content/uploads/a.jpg', ['https://example.org/wp-content/uploads/a.jpg', 'https://example.org/wp-content/uploads/a-300x200.jpg'], 'https://example.org/photo/'],
      ['https://example.org/lazy.jpg', [], null],
    ]);
  });

  it('keeps a readable non-Latin path as written', () => {
    const a = parsePost(post('<p><a href="/日本語/">j</a></p>'));
    expect(a.links[0]!.href).toBe('https://example.org/日本語/');
  });

  it('uses baseUrl over the link, and resolves nothing without an absolute http(s) base', () => {
    expect(parsePost(post('<p><a href="/a/">a</a></p>'), { baseUrl: 'https://new.example.com/blog/' }).links[0]!.href).toBe('https://new.example.com/a/');
    expect(parsePost(post('<p><a href="a/">a</a></p>'), { baseUrl: 'https://new.example.com/blog/' }).links[0]!.href).toBe('https://new.example.com/blog/a/');
    expect(parsePost({ id: 1, content: { rendered: '<p><a href="/a/">a</a></p>' } }).links[0]!.href).toBe('/a/');
    expect(parsePost(post('<p><a href="/a/">a</a></p>', { link: '/relative/' })).links[0]!.href).toBe('/a/');
  });

  it('resolves comments’ links against the post too', () => {
    const a = parsePost(post('<p>x</p>', { _embedded: { replies: [[{ id: 2, parent: 0, author_name: 'R', date: '2026-05-01T10:00:00', content: { rendered: '<p><a href="/faq/">faq</a></p>' }, type: 'comment' }]] } }));
    expect(a.comments[0]!.html).toBe('<p><a href="https://example.org/faq/">faq</a></p>');
  });

  it('resolveUrl: unsafe schemes are not made safe, backslash paths resolve as browsers do', () => {
    const base = new URL(link);
    expect(resolveUrl('javascript:alert(1)', base)).toBe('javascript:alert(1)');
    expect(resolveUrl('java\tscript:alert(1)', base)).toBe('javascript:alert(1)');
    expect(resolveUrl('/\\evil.example/x', base)).toBe('https://evil.example/x');
    expect(resolveUrl('  ', base)).toBe('  ');
  });
});
