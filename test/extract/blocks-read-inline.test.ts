import { parsePost } from '../../src';

const convert = (html: string) => parsePost({ id: 1, title: { rendered: 'T' }, content: { rendered: html } });

describe('a block read as inline text', () => {
  it.each([
    ['<h2><span>Title</span><div>Sub</div></h2>', 'Title Sub'],
    ['<p><strong>a<div>b</div></strong></p>', 'a b'],
    ['<p>a<span><div>b</div></span>c</p>', 'a b c'],
    ['<p>a<span><h3>b</h3></span>c</p>', 'a b c'],
    ['<ul><li><em>one<div>two</div></em></li></ul>', '- one two'],
  ])('%s still ends a word: %s', (html, text) => {
    expect(convert(html).text).toBe(text);
  });

  it('adds nothing around inline wrappers, at the edges or next to spaces', () => {
    expect(convert('<p>a<span>b</span>c</p>').text).toBe('abc');
    expect(convert('<h2><div>Title</div></h2>').html).toBe('<h2 id="title">Title</h2>');
    expect(convert('<p><em>a <div> b </div> c</em></p>').html).toBe('<p><em>a b c</em></p>');
    expect(convert('<p><strong>a<div>b</div></strong></p>').html).toBe('<p><strong>a b</strong></p>');
  });
});
