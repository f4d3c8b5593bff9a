import { renderHtml } from '../../src/render/to-html';
import { renderText } from '../../src/render/to-text';
import { toSections } from '../../src/render/to-sections';
import type { Block } from '../../src/schema/block';
import { h, makeArticle, ol, p, ul } from './make-article';

describe('renderHtml', () => {
  it('writes minimal semantic HTML, paragraphs of items and quotes split', () => {
    const body: Block[] = [
      h(2, 'Title'),
      ul([['a<br><br>b', ol(['c'], { start: 3 })]]),
      { type: 'quote', text: '', html: 'q1<br><br>q2', citation: 'Ann', variant: 'blockquote', children: [] },
    ];
    expect(renderHtml(body)).toBe('<h2 id="title">Title</h2>\n<ul><li><p>a</p><p>b</p><ol start="3"><li>c</li></ol></li></ul>\n<blockquote><p>q1</p><p>q2</p><cite>Ann</cite></blockquote>');
  });
  it('writes a quote from its children: headings and lists keep their tags', () => {
    const body: Block[] = [{ type: 'quote', text: 'T\n\nx', html: 'T<br><br>x', citation: 'Ann', variant: 'blockquote', children: [h(2, 'T'), ul(['x'])] }];
    expect(renderHtml(body)).toBe('<blockquote><h2 id="t">T</h2>\n<ul><li>x</li></ul><cite>Ann</cite></blockquote>');
  });
});

describe('renderText', () => {
  it('writes plain text, lists with markers', () => {
    expect(renderText([h(2, 'T'), p('a <strong>b</strong>'), ul(['x', ['y', ul(['z'])]])])).toBe('T\n\na b\n\n- x\n- y\n  - z');
  });
  it('writes a quote from its children, the citation last', () => {
    const q: Block = { type: 'quote', text: 'T\n\nx', html: 'T<br><br>x', citation: 'Ann', variant: 'blockquote', children: [h(2, 'T'), ul(['x'])] };
    expect(renderText([q])).toBe('T\n\n- x\n— Ann');
  });
});

describe('toSections', () => {
  it('makes one section per heading with its path, plus a leading section', () => {
    const body: Block[] = [p('Intro'), h(2, 'Setup'), p('S'), h(3, 'Linux'), p('L'), h(3, 'Mac'), h(2, 'Use'), ul(['u'])];
    expect(toSections(makeArticle(body))).toEqual([
      { headingPath: [], anchor: null, text: 'Intro' },
      { headingPath: ['Setup'], anchor: 'setup', text: 'S' },
      { headingPath: ['Setup', 'Linux'], anchor: 'linux', text: 'L' },
      { headingPath: ['Setup', 'Mac'], anchor: 'mac', text: '' },
      { headingPath: ['Use'], anchor: 'use', text: '- u' },
    ]);
  });
  it('has no leading section when the body starts with a heading, and handles skipped levels', () => {
    expect(toSections(makeArticle([h(3, 'Deep'), p('d'), h(1, 'Top'), h(4, 'Skip')])).map((s) => s.headingPath)).toEqual([['Deep'], ['Top'], ['Top', 'Skip']]);
    expect(() => toSections({} as never)).toThrow(TypeError);
  });
});
