import { widgetBlocks, widget } from './helpers';

describe('elementor heading widget', () => {
  it('#6 a heading rendered as <p> is a paragraph, not a heading', () => {
    expect(widgetBlocks(widget('heading', '<p class="elementor-heading-title elementor-size-default">Lead</p>'))).toEqual([{ type: 'paragraph', text: 'Lead', html: 'Lead' }]);
  });

  it('span and div titles are paragraphs too', () => {
    const blocks = widgetBlocks(widget('heading', '<span class="elementor-heading-title">A</span>'), widget('heading', '<div class="elementor-heading-title">B</div>', { container: false }));
    expect(blocks).toEqual([{ type: 'paragraph', text: 'A', html: 'A' }, { type: 'paragraph', text: 'B', html: 'B' }]);
  });

  it('#7 a linked heading keeps its link', () => {
    expect(widgetBlocks(widget('heading', '<h2 class="elementor-heading-title"><a href="https://x.test/x">T</a></h2>'))).toEqual([
      { type: 'heading', level: 2, text: 'T', html: '<a href="https://x.test/x">T</a>', anchor: '' },
    ]);
  });

  it('keeps the level of h1–h6 and reads a <p> pasted inside the title', () => {
    expect(widgetBlocks(widget('heading', '<h4 class="elementor-heading-title"><p>Nos <span style="color:#5EDDA0">Réalisations</span> </p></h4>'))).toEqual([
      { type: 'heading', level: 4, text: 'Nos Réalisations', html: 'Nos Réalisations', anchor: '' },
    ]);
  });
});
