import { fc } from './config';

/** URLs an attacker or a broken plugin puts in href/src: every disguise from the cheat sheet, and good ones. */
export const hostileUrl = fc.constantFrom(
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', '  javascript:alert(1)', 'java\tscript:alert(1)', 'jav&#x09;ascript:alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)', '%6A%61%76%61%73%63%72%69%70%74%3Aalert(1)',
  'javascript&colon;alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/svg+xml;base64,PHN2Zz4=',
  'https://ok.example/a?b=1&amp;c=2', 'http://ok.example/x y', '/relative/path', '#anchor', 'mailto:a@b.example', 'tel:+123',
  '//cdn.example/img.jpg', 'https://ok.example/" onmouseover="alert(1)', 'https://www.youtube.com/embed/dQw4w9WgXcQ',
  'https://w.soundcloud.com/player/?url=javascript:alert(1)', 'https://evil.example/frame', 'https://ok.example/{x}`y`',
);

const word = fc.constantFrom('alpha', 'Beta', 'γάμμα', '42', 'snake_case', '*star*', '_under_', '`tick`', '# hash', '> quote', '- dash', '1. one', '{expr}', '<b>', '[x](y)', '|pipe|', '\\back',
  // Backtick runs (code fences, spans holding backticks) and Hugo delimiters, closed or not.
  '``', '```', '~~~', '{{< sc >}}', '{{% sc', '{{{< x >}}}', '{{</* c */>}}');
const entity = fc.constantFrom('&amp;', '&lt;script&gt;alert(1)&lt;/script&gt;', '&amp;lt;b&amp;gt;', '&nbsp;', '&#8217;', '&#106;', '&quot;', '&#x3C;img src=x onerror=alert(1)&#x3E;', '&bogus;', '&');
const text = fc.array(fc.oneof(word, entity, fc.constant(' '), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }).map((p) => p.join(' '));

const leaf = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.constantFrom('<script>alert(1)</script>', '<style>p{}</style>', '<svg onload=alert(1)><circle/></svg>', '<math><mi>x</mi></math>', '<noscript><img src=x onerror=alert(1)></noscript>', '<template><p>t</p></template>', '<form><input value=x><button>b</button></form>', '<object data=x></object>', '<br>', '<hr>', '<!-- c -->', '<p', '</div>', '<<', '<b><i>mis</b>nest</i>') },
  { weight: 2, arbitrary: fc.tuple(hostileUrl, text).map(([u, t]) => `<a href="${u}" onclick="alert(1)">${t}</a>`) },
  { weight: 2, arbitrary: fc.tuple(hostileUrl, text).map(([u, t]) => `<img src="${u}" alt="${t.replace(/"/g, '')}" onerror="alert(1)">`) },
  { weight: 1, arbitrary: hostileUrl.map((u) => `<iframe src="${u}" srcdoc="<script>alert(1)</script>"></iframe>`) },
);

/** Real builder wrappers (Elementor, Gutenberg, Divi, WPBakery) and semantic containers. */
const wrappers: [string, string][] = [
  ['<div class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">', '</div></div></div></div></div></div>'],
  ['<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title">', '</h2></div></div>'],
  ['<div class="elementor-widget elementor-widget-button"><div class="elementor-widget-container"><a class="elementor-button" href="javascript:alert(1)"><span class="elementor-button-text">', '</span></a></div></div>'],
  ['<!-- wp:paragraph --><p>', '</p><!-- /wp:paragraph -->'],
  ['<div class="wp-block-group"><div class="wp-block-group__inner-container">', '</div></div>'],
  ['<figure class="wp-block-image"><img src="https://ok.example/i.jpg" alt="i"><figcaption>', '</figcaption></figure>'],
  ['<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://ok.example/">', '</a></div></div>'],
  ['<div class="et_pb_section"><div class="et_pb_row"><div class="et_pb_column"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">', '</div></div></div></div></div>'],
  ['<div class="vc_row wpb_row"><div class="wpb_column vc_column_container"><div class="wpb_wrapper">', '</div></div></div>'],
  ['[vc_row][vc_column][vc_column_text]', '[/vc_column_text][/vc_column][/vc_row]'],
  ['<p>', '</p>'], ['<h2 onclick="alert(1)">', '</h2>'], ['<h3>', '</h3>'], ['<blockquote>', '</blockquote>'], ['<ul><li>', '</li></ul>'],
  ['<ol start="3"><li>', '</li><li>two</li></ol>'], ['<details><summary>S</summary>', '</details>'], ['<strong>', '</strong>'], ['<em>', '</em>'],
  ['<span style="color:red">', '</span>'], ['<table><tr><td>', '</td><td>c</td></tr></table>'], ['<pre><code>', '</code></pre>'], ['<div>', '</div>'],
  ['<sup>', '</sup>'], ['<code>', '</code>'],
  // Names that Object.prototype also has: lookup tables must not find them.
  ['<constructor>', '</constructor>'], ['<div class="constructor __proto__ toString" id="constructor">', '</div>'],
];

/** Tag soup: builder wrappers around entities, scripts, event handlers and hostile URLs. */
export const tagSoup: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom(...wrappers), tie('nodes')).map(([[open, close], inner]) => `${open}${inner}${close}`),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((parts) => parts.join('\n')),
})).nodes;
