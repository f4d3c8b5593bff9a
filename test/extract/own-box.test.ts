import fc from 'fast-check';
import { parsePost, toMarkdown } from '../../src';
import { showsAsOwnBox, showsAsOwnBoxByClass } from '../../src/extract/body/own-box';
import type { Element } from '../../src/dom/dom';

const post = (html: string) => parsePost({ id: 4, title: { rendered: 'Boxes' }, content: { rendered: html } });
const md = (html: string) => toMarkdown(post(html), { frontMatter: false }).trimEnd();

// Inline elements themes show as boxes of their own touch the text before them in the HTML;
// read as one run they must not join it.
describe('side by side content stays apart', () => {
  it('a button link right after text (a builder column, a paragraph)', () => {
    expect(md('<div class="wpb_wrapper">Numbness fades within weeks.<a class="vc_btn3 vc_btn3-size-md" href="https://clinic.example/faq/">See the FAQ</a></div>'))
      .toBe('Numbness fades within weeks.\n\n[See the FAQ](https://clinic.example/faq/)');
    expect(md('<p>Numbness fades within weeks.<a class="more-link" href="https://clinic.example/faq/">See the FAQ</a></p>'))
      .toBe('Numbness fades within weeks. [See the FAQ](https://clinic.example/faq/)');
  });

  it('a post list date after its title link', () => {
    const a = post('<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="https://news.example/summer/">Summer recap</a><time datetime="2025-09-02T08:00:00+00:00" class="wp-block-latest-posts__post-date">2 September, 2025</time></li></ul>');
    expect(toMarkdown(a, { frontMatter: false })).toBe('- [Summer recap](https://news.example/summer/) 2 September, 2025\n');
    expect(a.text).toContain('Summer recap 2 September, 2025');
  });

  it('a date span and a byline in a paragraph, and nothing added where there was space', () => {
    expect(md('<p>Posted<span class="posted-on">May 1</span><span class="byline">by Ann</span></p>')).toBe('Posted May 1 by Ann');
    expect(md('<p>Posted <span class="posted-on">May 1</span> by Ann, <span class="note">in</span>line</p>')).toBe('Posted May 1 by Ann, inline');
  });
});

describe('showsAsOwnBox precheck', () => {
  it('agrees with each class tested alone, for classes near the words', () => {
    const part = fc.constantFrom('btn', 'BTN2', 'button', 'Read-More', 'more-link', 'post-date', 'post', 'date', 'byline', 'posted-on', 'entry-date', 'comment', '-', '_', ' ', '\t', 'x', 'vc', '3', '');
    fc.assert(fc.property(fc.option(fc.array(part, { maxLength: 6 }).map((a) => a.join('')), { nil: undefined }), (cls) => {
      const el = { attribs: cls === undefined ? {} : { class: cls } } as unknown as Element;
      expect(showsAsOwnBox(el)).toBe(showsAsOwnBoxByClass(el));
    }), { numRuns: 5000, seed: 19 });
  });
});
