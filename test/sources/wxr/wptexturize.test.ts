import { texturizeStored } from '../../../src/sources/wxr/texturize-stored';
import { wptexturize } from '../../../src/sources/wxr/wptexturize';

// The shortcodes a WordPress without plugins registers.
const CORE = new Set(['wp_caption', 'caption', 'gallery', 'playlist', 'audio', 'video', 'embed']);
const core = { isShortcode: (name: string) => CORE.has(name) };

// Each input with what WordPress 6.1's own wptexturize() returned for it (php, Debian's package).
// test/wordpress compares the two on thousands of random strings against the running site.
const FROM_WORDPRESS: [string, string][] = [
  ["'Tis \"time\" -- isn't it...", "&#8216;Tis &#8220;time&#8221; &#8212; isn&#8217;t it&#8230;"],
  ["She said \"don't\" and left.", "She said &#8220;don&#8217;t&#8221; and left."],
  ["'cause it's the '90s, '99' and '99\"", "&#8217;cause it&#8217;s the &#8217;90s, &#8217;99&#8217; and &#8217;99&#8221;"],
  ["A 6'2\" man, a 9' pole, 10\" nails", "A 6&#8217;2&#8243; man, a 9&#8242; pole, 10&#8243; nails"],
  ["'0.42' and \"42\" as numbers", "&#8216;0.42&#8217; and &#8220;42&#8221; as numbers"],
  ["2x4, 0x1F, 1.5x2.0", "2&#215;4, 0x1F, 1.5&#215;2.0"],
  ["pages 10-20 - and -- em --- dash", "pages 10-20 &#8211; and &#8212; em &#8212; dash"],
  ["xn--bcher-kva.example", "xn--bcher-kva.example"],
  ["<pre>\"raw\" -- 'kept'</pre> \"then\" curled", "<pre>\"raw\" -- 'kept'</pre> &#8220;then&#8221; curled"],
  ["<code>it's</code> it's", "<code>it's</code> it&#8217;s"],
  ["[caption id=\"x\" width=\"10\"]\"A\" -- caption[/caption]", "[caption id=\"x\" width=\"10\"]&#8220;A&#8221; &#8212; caption[/caption]"],
  ["[code]it's \"raw\"[/code] it's", "[code]it&#8217;s &#8220;raw&#8221;[/code] it&#8217;s"],
  ["[[gallery ids=\"1\"]] \"escaped\"", "[[gallery ids=\"1\"]] &#8220;escaped&#8221;"],
  ["<!-- \"comment\" --> \"text\"", "<!-- \"comment\" --> &#8220;text&#8221;"],
  ["<a href=\"x?a=1&b=2\" title=\"it's\">Tom & Jerry's</a>", "<a href=\"x?a=1&#038;b=2\" title=\"it's\">Tom &#038; Jerry&#8217;s</a>"],
  ["&amp; & &#8217; &nbsp;\"x\"", "&amp; &#038; &#8217; &nbsp;&#8220;x&#8221;"],
  ["Trademark (tm) and ``quoted''", "Trademark &#8482; and &#8220;quoted&#8221;"],
  ["He said 'hello' then \"bye\".", "He said &#8216;hello&#8217; then &#8220;bye&#8221;."],
  ["(\"parens\") [\"brackets\"] {'braces'}", "(&#8220;parens&#8221;) [&#8220;brackets&#8221;] {&#8216;braces&#8217;}"],
  ["\u00a0\"nbsp\"\u00a0", "\u00a0&#8220;nbsp&#8221;\u00a0"],
  ["Rock 'n' roll", "Rock &#8216;n&#8217; roll"],
  ["'til 'bout 'nuff 'round 'em", "&#8217;til &#8217;bout &#8217;nuff &#8217;round &#8217;em"],
];

describe('wptexturize: WordPress’s typography, rule for rule', () => {
  it.each(FROM_WORDPRESS)('%j', (input, expected) => {
    expect(wptexturize(input, core)).toBe(expected);
  });

  it('leaves the attributes of any registered-looking shortcode alone by default (an export does not list the site’s), and [code]’s content', () => {
    expect(wptexturize('[contact-form-7 id="12" title="Say \'hi\'"] "after"')).toBe('[contact-form-7 id="12" title="Say \'hi\'"] &#8220;after&#8221;');
    expect(wptexturize('[code]it\'s "raw"[/code] it\'s')).toBe('[code]it\'s "raw"[/code] it&#8217;s');
    // A footnote mark is no shortcode name.
    expect(wptexturize('["1"] x')).toBe('[&#8220;1&#8221;] x');
  });

  it('stays linear on long runs of openers that never close', () => {
    const hostile = '[a '.repeat(20000) + '<'.repeat(20000) + '\''.repeat(20000);
    const start = Date.now();
    wptexturize(hostile);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('texturizeStored: the_content’s wptexturize, after the embeds', () => {
  it('leaves a URL alone on its line or in its paragraph, and [embed]’s URL, as WordPress embedded them first', () => {
    const stored = 'It\'s "here":\nhttps://example.org/640x480/a--b\n<p>https://example.org/1x2</p>\n[embed]https://example.org/3x4[/embed] 3x4';
    expect(texturizeStored(stored)).toBe('It&#8217;s &#8220;here&#8221;:\nhttps://example.org/640x480/a--b\n<p>https://example.org/1x2</p>\n[embed]https://example.org/3x4[/embed] 3&#215;4');
  });
});
