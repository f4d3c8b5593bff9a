import fc from 'fast-check';
import { parsePost, toMarkdown } from '../../src';
import { hugoProblems } from '../hostile/safety';
import { hugoLiteral } from '../../src/render/markdown/hugo-literal';
import { makeArticle, p } from './make-article';

// Hugo runs `{{< … >}}` and `{{% … %}}` before it reads the Markdown, in text, code spans and
// fences alike. A WordPress post that shows one (a tutorial about Hugo, or a hostile author
// counting on a theme's `rawhtml` shortcode) must not run it on the Hugo site.
const hostile = '<p>{{&lt; rawhtml &gt;}}&lt;script&gt;alert(1)&lt;/script&gt;{{&lt; /rawhtml &gt;}} and {{% note %}}</p>';
const body = (md: string) => md.slice(md.indexOf('---\n', 4) + 4);

// What Hugo prints for text whose every opener is a closed comment form (hugoProblems is empty):
// each `{{X/*C*/Y}}` as `{{XCY}}`; the word joiners unpress inserts are invisible.
function hugoPrint(md: string): string {
  let out = '';
  let from = 0;
  for (let at = md.indexOf('{{'); at !== -1; at = md.indexOf('{{', at + 1)) {
    const kind = md[at + 2];
    if ((kind !== '<' && kind !== '%') || !md.startsWith('/*', at + 3)) continue;
    const close = `${kind === '<' ? '>' : '%'}}}`;
    const end = md.indexOf(`*/${close}`, at + 5);
    out += md.slice(from, at + 3) + md.slice(at + 5, end) + close;
    from = end + 5;
    at = end + 4;
  }
  return (out + md.slice(from)).replace(/\u2060/g, '');
}

describe('Hugo shortcodes in the content', () => {
  it('are no shortcodes in text, whatever the target (and read the same)', () => {
    const md = toMarkdown(parsePost({ id: 1, content: { rendered: hostile } }), { frontMatter: false });
    expect(md).toBe('{{\\< rawhtml >}}\\<script>alert(1)\\</script>{{\\< /rawhtml >}} and {{\\% note %}}\n');
    expect(md).not.toMatch(/\{\{[<%]/);
  });

  it('are written in Hugo comment form in code, for Hugo', () => {
    const article = makeArticle([p('Use <code>{{&lt; youtube abc &gt;}}</code>.'), { type: 'code', language: 'go', text: '{{% note %}}x{{% /note %}}\n{{< unclosed' }]);
    const md = toMarkdown(article, { frontMatter: 'hugo', embeds: 'hugo' });
    // An opener that never closes would stop Hugo's build: a word joiner keeps it from being one.
    expect(body(md)).toBe('\nUse `{{</* youtube abc */>}}`.\n\n```go\n{{%/* note */%}}x{{%/* /note */%}}\n{{\u2060< unclosed\n```\n');
    // Elsewhere code is code, as written.
    expect(toMarkdown(article, { frontMatter: false })).toBe('Use `{{< youtube abc >}}`.\n\n```go\n{{% note %}}x{{% /note %}}\n{{< unclosed\n```\n');
  });

  it('leaves the shortcodes unpress writes for Hugo embeds alone', () => {
    const article = makeArticle([{ type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc', id: 'abc', caption: null, title: null, html: null } as never]);
    expect(toMarkdown(article, { frontMatter: false, embeds: 'hugo' })).toBe('{{< youtube abc >}}\n');
  });

  it('hugoLiteral: complete shortcodes commented (comment forms too), unclosed ones broken, a flood in one scan', () => {
    // A comment form in the code is shown as written: commented once more, Hugo prints it.
    expect(hugoLiteral('a {{< x >}} b {{%y%}} {{</* z */>}} {{< open')).toBe('a {{</* x */>}} b {{%/*y*/%}} {{</*/* z */*/>}} {{\u2060< open');
    // Found by the property sweep (seed 14930352): Hugo stops the build at an opener that never
    // closes ("unclosed shortcode action"); one whose comment never closes is commented whole.
    expect(hugoLiteral('{{</* never >}} and {{% also')).toBe('{{</*/* never */>}} and {{\u2060% also');
    expect(hugoLiteral('{{</*/>}} x')).toBe('{{</*/*/*/>}} x');
    // A `<` opener ends at the next `>}}` whatever is inside, and prints as written.
    expect(hugoLiteral('{{< a %}} {{% b >}}')).toBe('{{</* a %}} {{% b */>}}');
    // Hugo looks at every position: `{{{<` opens a shortcode at its second brace.
    expect(hugoLiteral('{{{< x >}}}')).toBe('{{{</* x */>}}}');
    // One scan: once no closing delimiter is left, later openers are not searched again.
    const flood = '{{< '.repeat(100_000);
    expect(hugoLiteral(flood)).toBe('{{\u2060< '.repeat(100_000));
  });

  it('hugoLiteral leaves nothing Hugo would run or fail on, on generated code', () => {
    const code = fc.array(fc.constantFrom('{{', '{', '<', '%', '>', '}}', '}', '/*', '*/', ' x ', '\n', '{{<', '>}}', '{{%', '%}}'), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(fc.property(code, (c) => {
      expect(hugoProblems(hugoLiteral(c))).toEqual([]);
      // What Hugo prints is the code as written.
      expect(hugoPrint(hugoLiteral(c))).toBe(c);
    }), { numRuns: 5000, seed: 17 });
  });
});
