import { parsePost, toMarkdown } from '../../src/index';
import { everything, inContainer, md, parse, rawHtmlIn, renderCommonMark, widget } from './helpers';

// docs/checklist.md, "Security" and "Meta / REST envelope": cases 77–88 of markup-patterns.md §5.
// The full hostile corpus lives in test/hostile; these are the checklist's own vectors.

const p = (text: string) => ({ type: 'paragraph', text, html: text });
const img = (o: Record<string, unknown>) => ({ type: 'image', title: null, width: null, height: null, caption: null, srcset: [], link: null, ...o });

describe('checklist: security', () => {
  it('#77 javascript: links in every disguise (case, spaces, tab entity, decimal entity) → text "x", no link', () => {
    const a = parse('<p><a href="javascript:alert(1)">x</a> <a href=" JaVaScRiPt:alert(1)">x</a> <a href="java&#x09;script:alert(1)">x</a> <a href="&#106;avascript:alert(1)">x</a></p>');
    expect(a.body).toEqual([p('x x x x')]);
    expect(a.links).toEqual([]);
    expect(a.warnings).toEqual([{ code: 'unsafe_url', message: 'Dropped an unsafe link URL (×4)', path: 'a[href]' }]);
    expect(everything(a)).not.toMatch(/script:|alert/i);
  });

  it('#78 <img onerror> → the image without onerror; an unusable src is dropped with one warning', () => {
    const a = parse('<p><img src="https://x.test/x.png" onerror="alert(1)" alt="x"></p><p><img src="x" onerror="alert(1)"></p>');
    expect(a.body).toEqual([img({ src: 'https://x.test/x.png', alt: 'x' })]);
    expect(a.warnings).toEqual([{ code: 'image_without_url', message: 'Dropped an image without a usable URL', path: 'img' }]);
    expect(everything(a)).not.toMatch(/onerror|alert/);
  });

  it('#79 data: links dropped; data:image/svg+xml always dropped; data:image/png only with allowDataImages', () => {
    const html = '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a></p><p><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="svg"></p><p><img src="data:image/png;base64,iVBORw0KGgo=" alt="png"></p>';
    const a = parse(html);
    expect(a.body).toEqual([p('d')]);
    expect(a.warnings).toEqual([
      { code: 'unsafe_url', message: 'Dropped an unsafe link URL', path: 'a[href]' },
      { code: 'image_without_url', message: 'Dropped an image without a usable URL (×2)', path: 'img' },
    ]);
    const allowed = parse(html, { allowDataImages: true });
    expect(allowed.body).toEqual([p('d'), img({ src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'png' })]);
    expect(everything(allowed)).not.toMatch(/data:text|svg\+xml/);
  });

  it('#80 iframe srcdoc and iframe from an unknown host → dropped with warnings; a YouTube iframe → embed only', () => {
    const a = parse('<p>Before</p><iframe srcdoc="<script>alert(1)</script>"></iframe><iframe src="https://evil.example/"></iframe><iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" allowfullscreen></iframe>');
    expect(a.body).toEqual([p('Before'), { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ', caption: null }]);
    expect(a.warnings).toEqual([
      { code: 'dropped_iframe', message: 'Dropped an iframe from an unknown host: (no src)', path: 'iframe' },
      { code: 'dropped_iframe', message: 'Dropped an iframe from an unknown host: evil.example', path: 'iframe' },
    ]);
    expect(everything(a)).not.toMatch(/<iframe|evil|alert/);
  });

  it('#81 inline <svg><script> with an xlink:href javascript link → dropped entirely', () => {
    const a = parse('<p>Before</p><svg><script>alert(1)</script><a xlink:href="javascript:alert(2)"><text>click</text></a></svg><p>After</p>');
    expect(a.body).toEqual([p('Before'), p('After')]);
    expect(everything(a)).not.toMatch(/alert|click|svg/);
  });

  it('#82 <script> and <style> → no text from them', () => {
    const a = parse('<p>Before</p><script>alert(1)</script><style>body{color:red}</style><p>After</p>');
    expect(a.body).toEqual([p('Before'), p('After')]);
    expect(everything(a)).not.toMatch(/alert|color:red/);
  });

  it('#83 Elementor HTML widget with form, input, object, embed, base → dropped (with warnings), real text kept', () => {
    const a = parse(inContainer(widget('html', '<base href="https://evil.example/"><form action="https://x.test/send" method="post"><label>Email</label><input type="email" name="e"><button type="submit">Send</button></form><object data="https://x.test/a.swf"><embed src="https://x.test/a.swf"></object><p>Real text</p>')));
    expect(a.body).toEqual([p('Real text')]);
    expect(a.warnings).toEqual([
      { code: 'dropped_form', message: 'Dropped form (forms)', path: 'form' },
      { code: 'dropped_object', message: 'Dropped object (embedded-objects)', path: 'object' },
    ]);
    expect(everything(a)).not.toMatch(/evil|swf|Send|type="email"/);
  });

  it('#84 link destination with spaces and parentheses → valid Markdown link', () => {
    const html = '<p><a href="https://en.wikipedia.org/wiki/Foo_(bar) baz">wiki</a></p>';
    expect(md(html)).toBe('[wiki](https://en.wikipedia.org/wiki/Foo_(bar)%20baz)\n');
    expect(renderCommonMark(md(html))).toBe('<p><a href="https://en.wikipedia.org/wiki/Foo_(bar)%20baz">wiki</a></p>\n');
  });

  it('#85 Markdown holds no raw HTML tag unless html: true', () => {
    const a = parse('<p>a<sub>2</sub> <span style="color:red">x</span> <u>u</u> <mark>m</mark></p><div class="x"><section><aside>side</aside></section></div><details><summary>S</summary><p>D</p></details><figure><img src="https://x.test/a.jpg" alt="a"><figcaption>C</figcaption></figure>');
    const plain = toMarkdown(a, { frontMatter: false });
    expect(plain).toBe('a₂ x u m\n\nside\n\n**S**\n\nD\n\n![a](https://x.test/a.jpg)\n\n*C*\n');
    expect(rawHtmlIn(plain)).toEqual([]);
    expect(rawHtmlIn(toMarkdown(a, { frontMatter: false, html: true })).length).toBeGreaterThan(0);
  });
});

describe('checklist: meta / REST envelope', () => {
  it('#86 content.protected with empty rendered → a protected article with a warning, not just an empty one', () => {
    const a = parsePost({ id: 1, title: { rendered: 'T' }, content: { rendered: '', protected: true } });
    expect(a.protected).toBe(true);
    expect(a.body).toEqual([]);
    expect(a.warnings).toEqual([{ code: 'protected', message: 'The post is password-protected: its content is not in the response', path: 'content.protected' }]);
  });

  it('#87 title.rendered with &#8217; and <em> → plain-text title', () => {
    const a = parsePost({ id: 1, title: { rendered: 'It&#8217;s <em>fine</em> &amp; good' }, content: { rendered: '<p>x</p>' } });
    expect(a.title).toBe('It’s fine & good');
    expect(toMarkdown(a)).toContain('title: It’s fine & good\n');
  });

  it('#88 first content image = featured image (other size, other scheme) → kept in the body (by design), featured image recorded', () => {
    const a = parsePost({
      id: 1, title: { rendered: 'T' }, featured_media: 9,
      content: { rendered: '<figure class="wp-block-image"><img src="http://x.test/wp-content/uploads/a-1024x683.jpg" alt="A"></figure><p>Text</p>' },
      _embedded: { 'wp:featuredmedia': [{ id: 9, source_url: 'https://x.test/wp-content/uploads/a.jpg', alt_text: 'A', media_details: { width: 2048, height: 1366, sizes: {} } }] },
    });
    expect(a.featuredImage).toMatchObject({ id: 9, url: 'https://x.test/wp-content/uploads/a.jpg' });
    expect(a.body).toEqual([img({ src: 'http://x.test/wp-content/uploads/a-1024x683.jpg', alt: 'A' }), p('Text')]);
  });
});
