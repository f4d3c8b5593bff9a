import { parsePost } from '../../../src';

const anchors = (html: string) => parsePost({ id: 2, title: { rendered: 'Ids' }, content: { rendered: html } }).headings.map((h) => h.anchor);

describe('heading ids', () => {
  it('builders number their elements with give way to a slug of the text', () => {
    expect(anchors('<h2 id="brxe-ghiqzl">Our work</h2><h1 id="headline-3-61">Our story</h1><h2 id="uagb-heading-7a1">Team</h2>')).toEqual(['our-work', 'our-story', 'team']);
    expect(anchors('<h2 id="h.d8dtgd946pvx">Pasted</h2><h2 id="block-c6cc04f7-defb-4456-9a1e-0f3c2b7d8e11">Block</h2>')).toEqual(['pasted', 'block']);
  });
  it('an author gave stay, percent-encoded ones do not', () => {
    expect(anchors('<h2 id="shipping">Delivery</h2><h2 id="section-2-1">Two</h2><h2 id="%D0%97%D0%B0">За</h2>')).toEqual(['shipping', 'section-2-1', 'за']);
  });
});
