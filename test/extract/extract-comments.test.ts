import { parsePost } from '../../src';

// Comments as REST embeds them with `_embed` (the newest first), readWxr filling the same.
describe('comments', () => {
  const reply = (id: number, over: Record<string, unknown> = {}) => ({ id, parent: 0, author_name: `Reader ${id}`, author_url: '', date: `2026-05-0${id}T10:00:00`, content: { rendered: `<p>Comment ${id}</p>\n` }, type: 'comment', ...over });

  it('reads approved comments oldest first, threaded by parent, cleaned as the body is', () => {
    const a = parsePost({ id: 1, content: { rendered: '<p>Body</p>' }, _embedded: { replies: [[reply(3, { parent: 2 }), reply(2, { content: { rendered: '<p>See <a href="https://x.test/">this</a><script>alert(1)</script></p>' } }), reply(1, { type: 'pingback' })]] } });
    expect(a.comments).toEqual([
      { id: 2, parent: null, author: 'Reader 2', authorUrl: null, date: '2026-05-02T10:00:00', html: '<p>See <a href="https://x.test/">this</a></p>', text: 'See this' },
      { id: 3, parent: 2, author: 'Reader 3', authorUrl: null, date: '2026-05-03T10:00:00', html: '<p>Comment 3</p>', text: 'Comment 3' },
    ]);
    // The comment's links are not the post's.
    expect(a.links).toEqual([]);
  });

  it('never keeps a script URL as the commenter’s site', () => {
    const a = parsePost({ id: 1, content: { rendered: '<p>Body</p>' }, _embedded: { replies: [[reply(1, { author_url: 'javascript:alert(1)' })]] } });
    expect(a.comments[0]!.authorUrl).toBeNull();
  });

  it('is empty without embedded replies, or when they are a REST error', () => {
    expect(parsePost({ id: 1, content: { rendered: '<p>Body</p>' } }).comments).toEqual([]);
    expect(parsePost({ id: 1, _embedded: { replies: [{ code: 'rest_forbidden', message: 'No' }] } }).comments).toEqual([]);
  });
});
