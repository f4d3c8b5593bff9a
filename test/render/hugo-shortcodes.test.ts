import { parsePost, toMarkdown } from '../../src';
import { hugoLiteral } from '../../src/render/markdown/hugo-literal';
import { makeArticle, p } from './make-article';

// Hugo runs `{{< … >}}` and `{{% … %}}` before it reads the Markdown, in text, code spans and
// fences alike. A WordPress post that shows one (a tutorial about Hugo, or a hostile author
// counting on a theme's `rawhtml` shortcode) must not run it on the Hugo site.
const hostile = '<p>{{&lt; rawhtml &gt;}}&lt;script&gt;alert(1)&lt;/script&gt;{{&lt; /rawhtml &gt;}} and {{% note %}}</p>';
const body = (md: string) => md.slice(md.indexOf('---\n', 4) + 4);

describe('Hugo shortcodes in the content', () => {
  it('are no shortcodes in text, whatever the target (and read the same)', () => {
    const md = toMarkdown(parsePost({ id: 1, content: { rendered: hostile } }), { frontMatter: false });
    expect(md).toBe('{{\\< rawhtml >}}\\<script>alert(1)\\</script>{{\\< /rawhtml >}} and {{\\% note %}}\n');
    expect(md).not.toMatch(/\{\{[<%]/);
  });

  it('are written in Hugo comment form in code, for Hugo', () => {
    const article = makeArticle([p('Use <code>{{&lt; youtube abc &gt;}}</code>.'), { type: 'code', language: 'go', text: '{{% note %}}x{{% /note %}}\n{{< unclosed' }]);
    const md = toMarkdown(article, { frontMatter: 'hugo', embeds: 'hugo' });
    expect(body(md)).toBe('\nUse `{{</* youtube abc */>}}`.\n\n```go\n{{%/* note */%}}x{{%/* /note */%}}\n{{< unclosed\n```\n');
    // Elsewhere code is code, as written.
    expect(toMarkdown(article, { frontMatter: false })).toBe('Use `{{< youtube abc >}}`.\n\n```go\n{{% note %}}x{{% /note %}}\n{{< unclosed\n```\n');
  });

  it('leaves the shortcodes unpress writes for Hugo embeds alone', () => {
    const article = makeArticle([{ type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc', id: 'abc', caption: null, title: null, html: null } as never]);
    expect(toMarkdown(article, { frontMatter: false, embeds: 'hugo' })).toBe('{{< youtube abc >}}\n');
  });

  it('hugoLiteral: complete shortcodes only, already-literal ones left, a flood of openers as it is', () => {
    expect(hugoLiteral('a {{< x >}} b {{%y%}} {{</* z */>}} {{< open')).toBe('a {{</* x */>}} b {{%/*y*/%}} {{</* z */>}} {{< open');
    // One scan: once no closing delimiter is left, later openers are not searched again.
    const flood = '{{< '.repeat(100_000);
    expect(hugoLiteral(flood)).toBe(flood);
  });
});
