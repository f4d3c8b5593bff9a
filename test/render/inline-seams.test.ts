import MarkdownIt from 'markdown-it';
import { parsePost, renderMarkdown, toMarkdown, type MarkdownOptions } from '../../src';
import { hugoProblems } from '../hostile/safety';

const post = (html: string) => parsePost({ id: 5, title: { rendered: 'Seams' }, content: { rendered: html } });
const md = (html: string, o: MarkdownOptions = {}) => toMarkdown(post(html), { frontMatter: false, ...o }).trimEnd();
// The body as the generator renders it (front matter is data for templates, not Markdown).
const rendered = (markdown: string) => new MarkdownIt({ html: true }).render(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));

// A tag written as text, split by a wrapper Markdown cannot write: each half escaped alone was
// harmless, the two joined were a live tag.
const SPLIT = '<strong>&lt;</strong>img src=x onerror=alert(1)&gt;';

describe('text on both sides of a dropped wrapper is escaped as one', () => {
  it.each([
    ['a paragraph', `<p>${SPLIT}</p>`],
    ['a list item', `<ul><li>${SPLIT}</li></ul>`],
    ['a quote', `<blockquote><p>${SPLIT}</p></blockquote>`],
    ['a table cell', `<table><tr><td>h</td></tr><tr><td>${SPLIT}</td></tr></table>`],
    ['link text', `<p><a href="https://a.example/">${SPLIT}</a></p>`],
    ['a footnote', `<p>x<sup data-fn="fn-1" class="fn"><a href="#fn-1" id="fn-1-link">1</a></sup></p><ol class="wp-block-footnotes"><li id="fn-1">${SPLIT}</li></ol>`],
    ['details', `<details><summary>S</summary><p>${SPLIT}</p></details>`],
    ['a button', `<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://a.example/">${SPLIT}</a></div></div>`],
  ])('in %s', (_where, html) => {
    expect(md(html)).toContain('\\<img src=x onerror=alert(1)>');
    // Where inline HTML shows, the wrapper stays HTML around its `<`.
    for (const o of [{}, { html: true }, { frontMatter: 'eleventy' as const }]) expect(rendered(md(html, o))).not.toMatch(/<img/);
  });

  it('for every wrapper Markdown cannot write, and `<` before `/`, `!` and `?`', () => {
    for (const tag of ['sup', 'sub', 'mark', 'small', 'kbd', 'em', 's']) {
      expect(md(`<p><${tag}>&lt;</${tag}>b&gt;x</p>`)).toBe('\\<b>x');
    }
    expect(md('<p><sup>&lt;</sup>/b&gt; <sup>&lt;</sup>!-- c --&gt; <sup>&lt;</sup>?php</p>')).toBe('\\</b> \\<!-- c --> \\<?php');
  });

  it('escapes a `<` before a tag written as HTML', () => {
    expect(md('<p>&lt;<sup>x</sup> a&lt;<q>q</q></p>', { html: true })).toBe('<<sup>x</sup> a<<q>q</q>');
    expect(rendered(md('<p>&lt;<sup>x</sup></p>', { html: true }))).toBe('<p>&lt;<sup>x</sup></p>\n');
  });

  it('doubles a backslash that would escape the `<` of a closing tag written for emphasis', () => {
    expect(md('<p>a<strong>"x\\ </strong>b</p>', { html: true })).toBe('a<strong>"x\\\\</strong> b');
    expect(rendered(md('<p>a<strong>"x\\ </strong>b</p>', { html: true }))).toBe('<p>a<strong>&quot;x\\</strong> b</p>\n');
  });

  it('leaves text that forms nothing as it was', () => {
    expect(md('<p>a &lt; b, <em>c</em> &gt; d</p>')).toBe('a < b, *c* > d');
  });
});

describe('Hugo shortcode openers assembled across pieces', () => {
  it('are broken in the final text, wherever the pieces met', () => {
    expect(md('<p>{{<sup>&lt;</sup> rawhtml &gt;}}</p>')).toBe('{{\\< rawhtml >}}');
    expect(md('<p>{<mark>{</mark>% raw %}}</p>')).toBe('{{\\% raw %}}');
    // The HTML written for a sub/sup holds the `<` after text's `{{`.
    expect(md('<p>{{<sup>x</sup> <sup>{{</sup>&lt; y &gt;}}</p>', { html: true })).toBe('{\\{<sup>x</sup> <sup>{\\{</sup>< y >}}');
    // A table cell's line break is written `<br>` after the text.
    expect(md('<table><tr><td>h</td></tr><tr><td>a{{<br>b</td></tr></table>', { html: true })).toContain('| a{\\{<br>b |');
    for (const o of [{ embeds: 'hugo' as const }, { embeds: 'hugo' as const, html: true }]) {
      expect(hugoProblems(md('<p>{{<sup>x</sup> <sup>{{</sup>&lt; y &gt;}} {{<sup>&lt;</sup> z &gt;}}</p>', o))).toEqual([]);
    }
  });
});

describe('inline tags by generator', () => {
  const html = '<p>E=mc<sup>2</sup>, H<sub>2</sub>O, a mark<sup>1</sup>, 1<sup>st</sup>, <mark>hot</mark></p>';

  it('writes inline HTML where the generator shows it', () => {
    for (const o of [{ html: true }, { frontMatter: 'eleventy' as const }, { frontMatter: 'jekyll' as const }, { frontMatter: 'astro' as const }]) {
      const r = renderMarkdown(post(html), o);
      expect(r.markdown).toContain('E=mc<sup>2</sup>, H<sub>2</sub>O, a mark<sup>1</sup>, 1<sup>st</sup>, <mark>hot</mark>');
      expect(r.warnings).toEqual([]);
    }
  });

  it('writes Unicode super/subscripts where it does not (Hugo, plain Markdown), and warns for the rest', () => {
    for (const o of [{}, { frontMatter: 'hugo' as const }, { frontMatter: 'eleventy' as const, html: false }]) {
      const r = renderMarkdown(post(html), o);
      expect(r.markdown).toContain('E=mc², H₂O, a mark¹, 1st, hot');
      expect(r.warnings).toEqual([
        { code: 'inline_tag_flattened', message: '<sup> written as its text: this Markdown shows no inline HTML (html: true keeps it)', path: 'body[0]' },
        { code: 'inline_tag_flattened', message: '<mark> written as its text: this Markdown shows no inline HTML (html: true keeps it)', path: 'body[0]' },
      ]);
    }
  });

  it('warns for emphasis Markdown cannot delimit, with where', () => {
    const r = renderMarkdown(post('<p>one</p><details><summary>S</summary><p>a<strong>"b"</strong>c</p></details>'), { frontMatter: false });
    expect(r.markdown).toContain('a"b"c');
    expect(r.warnings).toEqual([{ code: 'inline_tag_flattened', message: '<strong> written as its text: Markdown would not read its delimiters here (html: true keeps it)', path: 'body[1].children[0]' }]);
  });
});
