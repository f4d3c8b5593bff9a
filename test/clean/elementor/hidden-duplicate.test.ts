import { blocksOf, doc, widget } from './helpers';

// #56: `elementor-hidden-desktop` phone copies (research markup-patterns.md §2.6).
const text = (t: string, classes = '') => `<div class="elementor-element e-con e-child ${classes}">${widget('text-editor', `<p>${t}</p>`)}</div>`;
const p = (t: string) => ({ type: 'paragraph', text: t, html: t });

describe('elementor hidden-on-desktop copies', () => {
  it('two identical phone-only copies and no desktop copy: one is kept', () => {
    expect(blocksOf(doc(text('Call us today.', 'elementor-hidden-desktop') + text('Call us today.', 'elementor-hidden-desktop'))).blocks).toEqual([p('Call us today.')]);
  });

  it('a twin that another rule removed does not count: the phone copy is kept', () => {
    // The first phone copy makes the document's word index; the hidden twin is removed after it.
    const html = doc(`${text('Welcome.', 'elementor-hidden-desktop')}<div class="e-con" hidden>${text('Opening hours 9 to 5.')}</div>${text('Opening hours 9 to 5.', 'elementor-hidden-desktop')}`);
    expect(blocksOf(html).blocks).toEqual([p('Welcome.'), p('Opening hours 9 to 5.')]);
  });

  it('a one-word copy matches a one-word twin only', () => {
    const html = doc(text('Contact') + text('Contact', 'elementor-hidden-desktop') + text('Contacts page') + text('Menu', 'elementor-hidden-desktop'));
    expect(blocksOf(html).blocks).toEqual([p('Contact'), p('Contacts page'), p('Menu')]);
  });

  it('at scale (past the old 64-check cap): 1,000 phone copies removed, 1,000 phone-only sections all kept', () => {
    const parts: string[] = [];
    for (let i = 0; i < 1000; i++) parts.push(text(`Section ${i} says hello.`, 'elementor-hidden-mobile'), text(`Section ${i} says hello.`, 'elementor-hidden-desktop'), text(`Phone only ${i}.`, 'elementor-hidden-desktop'));
    const blocks = blocksOf(doc(parts.join(''))).blocks;
    expect(blocks).toHaveLength(2000);
    expect(blocks.slice(0, 4)).toEqual([p('Section 0 says hello.'), p('Phone only 0.'), p('Section 1 says hello.'), p('Phone only 1.')]);
    expect(blocks.at(-1)).toEqual(p('Phone only 999.'));
  }, 60_000);
});
