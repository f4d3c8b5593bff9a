import { parseHtml, parseHtmlWithClasses, type AnyNode } from '../../src/dom/dom';
import { defaultProfiles, type DetectInput } from '../../src/index';

const markup = (html: string): DetectInput => ({ html, classList: [], template: null, classNames: parseHtmlWithClasses(html).classNames });

describe('parseHtmlWithClasses', () => {
  it('lists every class attribute value as parsed, one per line, in document order', () => {
    expect(parseHtmlWithClasses(`<div class="a  b"><p class='c'>x</p><i data-class="d">y</i><b class=e>z</b></div>`).classNames).toBe('a  b\nc\ne\n');
    expect(parseHtmlWithClasses('<p class="x&amp;y">a</p>').classNames).toBe('x&y\n');
    expect(parseHtmlWithClasses('<p>no classes</p>').classNames).toBe('');
  });

  it('reads attributes, not text: class= in comments, scripts and text does not count', () => {
    const { classNames } = parseHtmlWithClasses('<!-- <div class="fl-row"> --><script>x = \'<div class="brxe-a">\'</script><p>write class="ct-section"</p>');
    expect(classNames).toBe('');
  });

  it('builds the same tree as parseHtml', () => {
    const shape = (n: AnyNode): unknown => ({
      type: n.type,
      name: 'name' in n ? n.name : null,
      attribs: 'attribs' in n ? n.attribs : null,
      data: 'data' in n ? n.data : null,
      children: 'children' in n ? n.children.map(shape) : null,
    });
    const html = '<div class="a"><p>One &amp; <b>two</b><!-- c --></p><img src="x.jpg"><TABLE><td>x</table><p class=b>unclosed';
    expect(shape(parseHtmlWithClasses(html).root)).toEqual(shape(parseHtml(html)));
  });
});

describe('detection on parsed class names', () => {
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
    expect(profile.detect(markup(html))).toBe(true);
    expect(profile.detect(markup('<p class="entry">x</p>'))).toBe(false);
  });

  it('flatsome needs col-inner first in its class attribute, or a numbered row, column or gap', () => {
    const flatsome = defaultProfiles.find((p) => p.name === 'flatsome')!;
    const detects = (html: string) => flatsome.detect(markup(html));
    expect(detects('<div class="x col-inner">y</div>')).toBe(false);
    expect(detects('<div class="row row-large" id="row-1735029557">y</div>')).toBe(true);
    expect(detects('<div id="gap-932285800" class="gap-element clearfix"></div>')).toBe(true);
    expect(detects('<div class="row">y</div>')).toBe(false);
  });
});
