import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { parseFragment, serialize } from 'parse5';
import { parsePost } from '../../src';

/**
 * Why unpress has no sanitiser pass of its own at run time: `article.html` is rendered from typed
 * blocks, escaping every text and attribute, and the only HTML carried over is the inline
 * allow-list serialiser's. This test shows that a well-kept sanitiser (sanitize-html), set to
 * the policy, finds nothing to remove in what unpress emits — for every hostile vector
 * and every golden fixture. If unpress ever let something through, sanitize-html would change it.
 */
export const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'details', 'summary', 'video', 'audio'],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li'].map((h) => [h, ['id']])),
    ol: ['start', 'reversed', 'class'],
    figure: ['class', 'data-provider'],
    code: ['class'],
    abbr: ['title'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    details: ['open'],
    video: ['src', 'controls'],
    audio: ['src', 'controls'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
};

/** One serialisation for both sides, so only real differences count (`<br>` vs `<br />`, quoting). */
const normal = (html: string) => serialize(parseFragment(html));

const vectors: { name: string; html: string }[] = JSON.parse(readFileSync(join(__dirname, '../../fixtures/hostile-xss/vectors.json'), 'utf8'));
const fixtures = join(__dirname, '../../fixtures');
const goldens = readdirSync(fixtures).filter((d) => existsSync(join(fixtures, d, 'input.json')));

describe('sanitize-html finds nothing to remove in unpress output', () => {
  it.each(vectors.map((v) => [v.name, v.html]))('vector %s', (_name, html) => {
    const out = parsePost({ id: 1, title: { rendered: 'x' }, content: { rendered: html } }).html;
    expect(normal(sanitizeHtml(out, POLICY))).toBe(normal(out));
  });

  it.each(goldens)('fixture %s', (name) => {
    const options = existsSync(join(fixtures, name, 'options.json')) ? JSON.parse(readFileSync(join(fixtures, name, 'options.json'), 'utf8')) : {};
    const { markdown: _md, ...parseOptions } = options;
    const out = parsePost(readFileSync(join(fixtures, name, 'input.json')), parseOptions).html;
    expect(normal(sanitizeHtml(out, POLICY))).toBe(normal(out));
  });

  it('does remove things under this policy (so agreeing means something)', () => {
    const bad = '<p onclick="x">a <a href="javascript:alert(1)">b</a><script>c</script></p>';
    expect(normal(sanitizeHtml(bad, POLICY))).not.toBe(normal(bad));
  });
});
