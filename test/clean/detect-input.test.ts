import { classAttributes, PostMarkup } from '../../src/clean/detect-input';
import { defaultProfiles } from '../../src/index';

describe('classAttributes', () => {
  it('lists every class attribute value, one per line, in order', () => {
    expect(classAttributes(`<div class="a  b"><p class='c'>x</p><i data-class="d">y</i></div>`)).toBe('a  b\nc\nd\n');
  });

  it('skips unquoted and unterminated values', () => {
    expect(classAttributes('<p class=x>a</p><p class="ok">b</p><p class="open')).toBe('ok\n');
    expect(classAttributes('<p>no classes</p>')).toBe('');
  });
});

describe('PostMarkup', () => {
  it('reads the class names once, on first use', () => {
    const input = new PostMarkup('<div class="fl-row">x</div>', [], null);
    const spy = jest.spyOn(String.prototype, 'indexOf');
    expect(input.classNames).toBe('fl-row\n');
    const calls = spy.mock.calls.length;
    expect(input.classNames).toBe('fl-row\n');
    expect(spy.mock.calls.length).toBe(calls);
    spy.mockRestore();
  });

  it.each([
    ['beaver', '<div class="fl-builder-content"><div class="fl-row">x</div></div>'],
    ['siteorigin', '<div id="pl-1" class="panel-layout">x</div>'],
    ['oxygen', '<section class="ct-section">x</section>'],
    ['themify', '<div class="themify_builder_content">x</div>'],
    ['flatsome', '<div class="col-inner">x</div>'],
    ['wpbakery', '[vc_row][vc_column]x[/vc_column][/vc_row]'],
    ['divi', '[et_pb_section]x[/et_pb_section]'],
    ['gutenberg', '<p data-wp-block-name="core/paragraph">x</p>'],
    ['elementor', '<div data-elementor-type="wp-post">x</div>'],
  ])('%s detects %s', (name, html) => {
    const profile = defaultProfiles.find((p) => p.name === name)!;
    expect(profile.detect(new PostMarkup(html, [], null))).toBe(true);
    expect(profile.detect(new PostMarkup('<p class="entry">x</p>', [], null))).toBe(false);
  });

  it('flatsome needs col-inner first in its class attribute, or a numbered row, column or gap', () => {
    const flatsome = defaultProfiles.find((p) => p.name === 'flatsome')!;
    const detects = (html: string) => flatsome.detect(new PostMarkup(html, [], null));
    expect(detects('<div class="x col-inner">y</div>')).toBe(false);
    expect(detects('<div class="row row-large" id="row-1735029557">y</div>')).toBe(true);
    expect(detects('<div id="gap-932285800" class="gap-element clearfix"></div>')).toBe(true);
    expect(detects('<div class="row">y</div>')).toBe(false);
  });
});
