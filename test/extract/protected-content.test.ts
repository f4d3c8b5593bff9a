import { parsePost } from '../../src';

describe('password-protected posts', () => {
  it('converts protected content that is in the response (context=edit), and keeps protected: true', () => {
    const a = parsePost({
      id: 3,
      status: 'publish',
      password: 'secret',
      title: { raw: 'Members area', rendered: 'Protected: Members area' },
      content: { raw: '<!-- wp:paragraph --><p>Only for members.</p><!-- /wp:paragraph -->', rendered: '<p>Only for members.</p>\n', protected: true },
      excerpt: { raw: '', rendered: '<p>Only for members.</p>\n', protected: true },
    });
    expect(a.protected).toBe(true);
    expect(a.title).toBe('Members area');
    expect(a.body).toEqual([{ type: 'paragraph', text: 'Only for members.', html: 'Only for members.' }]);
    expect(a.excerpt).toBe('Only for members.');
    expect(a.warnings).toEqual([]);
  });

  it('warns when the content is not in the response', () => {
    const a = parsePost({ id: 3, title: { rendered: 'T' }, content: { rendered: '', protected: true }, excerpt: { rendered: '', protected: true } });
    expect(a.protected).toBe(true);
    expect(a.body).toEqual([]);
    expect(a.excerpt).toBeNull();
    expect(a.warnings.map((w) => w.code)).toEqual(['protected']);
  });
});
