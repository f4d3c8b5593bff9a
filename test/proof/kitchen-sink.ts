import type { Block } from '../../src/schema/block';
import { cell, h, makeArticle, ol, p, ul } from '../render/make-article';

/** Every block type, with the content that breaks naive converters (written by hand). */
export const kitchenSinkBody: Block[] = [
  p('Intro with snake_case, [[wiki links]], $5 and 2024-05-06, <strong>bold</strong> and <em>em</em>.'),
  p('1. Not a list, # not a heading, - not a bullet, &amp;copy; and &lt;b&gt; literal, a * b * c, _under_ and *star*'),
  p('Line one<br>- line two<br># line three'),
  p('Say <a href="https://ex.com/a b(c).pdf" title="A &quot;title&quot;">the [file]</a>! Wow!<a href="https://ex.com/x">x</a>'),
  p('foo<strong>"bar"</strong>baz and <em>a <em>nested</em> em</em> and <code>a `tick` b</code> and <s>gone</s>'),
  p('Footnote here<sup><a href="#fn-abc">1</a></sup> and there<sup><a href="#fn-def">2</a></sup>.'),
  h(2, 'Heading with `code` and * star #'),
  h(3, 'Sub heading'),
  ul(['one', ['two', ol(['a', 'b'], { start: 3 })], 'three<br><br>second paragraph<br>with break']),
  ul(['adjacent list that must stay separate']),
  ol(['nine', 'ten', ['eleven', ul(['deep', ['deeper', ul(['deepest'])]])]], { start: 9 }),
  { type: 'code', language: 'ts', text: 'const a = "```";\n  indented\ttab\n' },
  { type: 'code', language: null, text: '' },
  { type: 'table', caption: 'Prices', head: [], body: [[cell('Name'), cell('Price')], [cell('a|b'), cell('<code>x|y</code>')], [cell('line<br>break'), cell('$5')]], foot: [] },
  {
    type: 'table', caption: null, head: [[cell('A', { header: true }), cell('B', { header: true }), cell('C', { header: true })]],
    body: [[cell('wide', { colspan: 2 }), cell('tall', { rowspan: 2 })], [cell('x'), cell('y')]], foot: [],
  },
  { type: 'image', src: 'https://ex.com/a.jpg', alt: 'An [alt]', title: 'T', width: 10, height: 10, caption: 'A *caption*', srcset: [], link: 'https://ex.com/big.jpg' },
  { type: 'gallery', caption: 'Gallery', images: [{ type: 'image', src: 'https://ex.com/1.jpg', alt: 'one', title: null, width: null, height: null, caption: null, srcset: [], link: null }] },
  { type: 'quote', text: 'Quoted\n\nSecond', html: 'Quoted<br><br>Second', citation: 'Someone', variant: 'blockquote', children: [p('Quoted'), p('Second')] },
  {
    type: 'quote', text: 'Rule\n\nfirst\n\nsecond\n\nx = 1\n\ninner', html: 'Rule<br><br>first<br><br>second<br><br>x = 1<br><br>inner', citation: 'Ann # not a heading', variant: 'pullquote',
    children: [h(4, 'Rule'), ol(['first', 'second'], { start: 2 }), { type: 'code', language: 'py', text: 'x = 1\n\n> not a quote' },
      { type: 'quote', text: 'inner', html: 'inner', citation: null, variant: 'blockquote', children: [p('inner <em>deep</em>')] }],
  },
  { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc_DEF-12', id: 'abc_DEF-12', caption: 'Video' },
  { type: 'media', kind: 'file', src: 'https://ex.com/report%202024.pdf', title: null, caption: null },
  { type: 'button', text: 'Buy now', html: 'Buy <strong>now</strong>', href: 'https://ex.com/buy' },
  { type: 'separator' },
  { type: 'details', summary: 'More {info}', open: false, children: [p('Hidden <em>text</em>')] },
  { type: 'html', html: '<dl><dt>Term</dt><dd>Definition with <a href="https://ex.com/dl">link</a></dd></dl>' },
  p('Math: x < y > z, {braces}, import is a word'),
  p('import this at line start'),
  { type: 'footnotes', items: [{ id: 'abc', text: 'First note.', html: 'First note. <a href="#fn-abc-link">↩︎</a>' }, { id: 'def', text: 'Second', html: 'Second <a href="https://ex.com/src">source</a>' }] },
];

export const kitchenSink = makeArticle(kitchenSinkBody);
