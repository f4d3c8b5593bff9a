import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import he from 'he';
import { ArticleSchema, parsePost } from '../../src';
import { articleProblems, htmlProblems } from './safety';

const vectors: { name: string; html: string }[] = JSON.parse(readFileSync(join(__dirname, '../../fixtures/hostile-xss/vectors.json'), 'utf8'));

/** Text a reader typed on purpose (escaped in the source) may talk about tags; it stays text. */
const TEXT_ABOUT_MARKUP = /as text|injection|mdx jsx|gutenberg embed/;

const post = (html: string) => ({ id: 1, title: { rendered: 'Vector' }, link: 'https://site.example/vector/', content: { rendered: html } });

describe('OWASP XSS filter-evasion and mXSS vectors', () => {
  it('has the vectors the issue names', () => {
    const all = vectors.map((v) => v.html).join('\n');
    for (const needle of ["<IMG SRC=javascript:alert('XSS')>", 'JaVaScRiPt', '&#106;&#97;', 'jav&#x09;ascript:', 'href="  javascript:', '%6A%61', '<svg/onload=', '<iframe srcdoc=', '<math><mtext><table><mglyph><style>', '<noscript><p title="</noscript>']) {
      expect(all).toContain(needle);
    }
    expect(vectors.length).toBeGreaterThan(100);
  });

  it.each(vectors.map((v) => [v.name, v.html]))('%s: nothing dangerous in html, Markdown, MDX, text or URLs', (name, html) => {
    const article = parsePost(post(html));
    expect(() => ArticleSchema.parse(article)).not.toThrow();
    expect(articleProblems(article)).toEqual([]);
    // Plain text is not markup, but tags in the input must not survive into it as text either.
    // (A Gutenberg embed whose URL is `javascript:…` keeps that line as text: it is no link.)
    if (!TEXT_ABOUT_MARKUP.test(name)) {
      const flat = he.decode(article.text).replace(/\s+/g, '').toLowerCase();
      expect(flat).not.toMatch(/<script|javascript:|vbscript:|\bon\w+=/);
    }
  });

  it('keeps the safe parts of a mixed vector', () => {
    const a = parsePost(post('<p>x <strong onclick="alert(1)">b</strong> <a href="https://ok.example/" onclick="alert(1)">ok</a></p>'));
    expect(a.html).toBe('<p>x <strong>b</strong> <a href="https://ok.example/">ok</a></p>');
  });

  it('drops dangerous elements with their text', () => {
    const a = parsePost(post('<p>keep</p><script>var leaked = 1</script><style>.leak{}</style><template>leak</template><form>leak<input value="leak"></form><object>leak</object><select><option>leak</option></select><textarea>leak</textarea><button>leak</button><noembed>leak</noembed><xmp>leak</xmp>'));
    expect(a.text).toBe('keep');
    expect(a.html).toBe('<p>keep</p>');
  });

  it('rebuilds provider iframes from the parsed URL and drops the others with a warning naming the host', () => {
    const a = parsePost(post('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?autoplay=1&quot; onload=&quot;alert(1)" onload="alert(1)"></iframe><iframe src="https://evil.example/x" srcdoc="<script>alert(1)</script>"></iframe>'));
    expect(a.body).toEqual([{ type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ', caption: null }]);
    expect(a.warnings.map((w) => w.message)).toContain('Dropped an iframe from an unknown host: evil.example');
  });

  it('never lets an embed parameter choose the published URL outside the provider', () => {
    for (const src of ['https://w.soundcloud.com/player/?url=javascript:alert(1)', 'https://w.soundcloud.com/player/?url=https://evil.example/', 'https://www.facebook.com/plugins/post.php?href=javascript%3Aalert(1)']) {
      const a = parsePost(post(`<iframe src="${src}"></iframe>`));
      expect(a.body.filter((b) => b.type === 'embed')).toEqual([]);
    }
    const ok = parsePost(post('<iframe src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1&quot;x"></iframe>'));
    expect(ok.body).toEqual([{ type: 'embed', provider: 'soundcloud', url: 'https://api.soundcloud.com/tracks/1%22x', id: null, caption: null }]);
  });

  it('allows data:image only in images, only with allowDataImages, and never SVG', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const html = `<p><img src="${png}" alt="dot"> <a href="${png}">link</a> <img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg"></p>`;
    expect(parsePost(post(html)).images).toEqual([]);
    const allowed = parsePost(post(html), { allowDataImages: true });
    expect(allowed.images.map((i) => i.src)).toEqual([png]);
    expect(allowed.links).toEqual([]);
    expect(articleProblems(allowed)).toEqual([]);
  });

  it('the checker itself catches what it must (a check that cannot fail proves nothing)', () => {
    expect(htmlProblems('<p onclick="x">a</p>')).not.toEqual([]);
    expect(htmlProblems('<a href="jav&#x09;ascript:alert(1)">a</a>')).not.toEqual([]);
    expect(htmlProblems('<a href="%6A%61vascript:alert(1)">a</a>')).not.toEqual([]);
    expect(htmlProblems('<img src="data:image/svg+xml;base64,AAAA">')).not.toEqual([]);
    expect(htmlProblems('<svg><p>x</p></svg>')).not.toEqual([]);
    expect(htmlProblems('<div>x</div>')).not.toEqual([]);
    expect(htmlProblems('<p>a <a href="https://x.example/?a=1&amp;b=2">b</a></p>')).toEqual([]);
  });
});
