import { widgetBlocks, widget } from './helpers';

describe('elementor text editor widget', () => {
  it('reads bare text without <p> as a paragraph', () => {
    expect(widgetBlocks(widget('text-editor', 'Just typed text, <strong>no</strong> paragraph.'))).toEqual([
      { type: 'paragraph', text: 'Just typed text, no paragraph.', html: 'Just typed text, <strong>no</strong> paragraph.' },
    ]);
  });

  it('reads the old inner .elementor-text-editor wrapper, drops empty paragraphs, keeps lists', () => {
    const html = '<div class="elementor-text-editor elementor-clearfix"><p>&nbsp;</p><p>One</p><ul><li>A</li><li>B</li></ul><p></p></div>';
    expect(widgetBlocks(widget('text-editor', html))).toEqual([
      { type: 'paragraph', text: 'One', html: 'One' },
      { type: 'list', ordered: false, start: null, reversed: false, items: [{ text: 'A', html: 'A', value: null, children: null }, { text: 'B', html: 'B', value: null, children: null }] },
    ]);
  });

  it('folds a drop cap back into its word', () => {
    const html = '<p><span class="elementor-drop-cap"><span class="elementor-drop-cap-letter">L</span></span>orem ipsum.</p>';
    expect(widgetBlocks(widget('text-editor', html))).toEqual([{ type: 'paragraph', text: 'Lorem ipsum.', html: 'Lorem ipsum.' }]);
  });
});
