import { parsePost } from '../../src';

// The excerpt WordPress makes when a post has none (wp_trim_excerpt), for inputs that carry none.
describe('an excerpt made as WordPress makes it', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

  it('takes the first 55 words of the text, leaving out captions and lists markers', () => {
    const a = parsePost({ id: 1, content: { raw: `${words(40)}\n\n[caption]<img src="https://x.test/a.jpg" alt="" /> Caption words[/caption]\n\n<ul>\n<li>${words(30)}</li>\n</ul>` } });
    expect(a.excerpt).toBe(`${words(40)} ${words(15)}`);
  });

  it('is never made from protected content (WordPress keeps that excerpt empty)', () => {
    const a = parsePost({ id: 1, content: { raw: 'Members only text.', protected: true } });
    expect(a.body.length).toBe(1);
    expect(a.excerpt).toBeNull();
  });

  it('replaces an excerpt that was only a page builder’s tags, and keeps a real one', () => {
    const junk = parsePost({ id: 1, content: { rendered: '<p>Real words here.</p>' }, excerpt: { rendered: '<p>[vc_row][vc_column width="1/2"][/vc_column][/vc_row]</p>' } });
    expect(junk.excerpt).toBe('Real words here.');
    const real = parsePost({ id: 1, content: { rendered: '<p>Body.</p>' }, excerpt: { rendered: '<p>[vc_row]A summary [1] of it.[/vc_row]</p>' } });
    expect(real.excerpt).toBe('A summary [1] of it.');
  });

  it('is null when REST sent an empty excerpt', () => {
    expect(parsePost({ id: 1, content: { rendered: '<p>Body.</p>' }, excerpt: { rendered: '' } }).excerpt).toBeNull();
  });
});
