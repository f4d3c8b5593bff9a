import { parsePost, type Profile } from '../../src';

const post = (content: string) => ({ id: 1, title: { rendered: 'T' }, content: { rendered: content } });

describe('user profiles', () => {
  const myBuilder: Profile = {
    name: 'my-builder',
    priority: 60,
    detect: ({ html }) => html.includes('mb-'),
    rules: [
      { name: 'mb-ad', match: { selector: 'div.mb-box > .mb-ad' }, action: 'drop' },
      {
        name: 'mb-tabs',
        match: { classes: ['mb-tabs'] },
        // A transform may use cheerio on the same DOM (ctx.$) instead of walking nodes by hand.
        action: (el, ctx) => {
          const $ = ctx.$;
          const titles = $(el).find('.mb-tab-title').map((_, t) => $(t).text().trim()).get();
          const html = titles.map((t, i) => `<details><summary>${t}</summary><p>${$(el).find('.mb-panel').eq(i).text()}</p></details>`).join('');
          return $.parseHTML(html) ?? [];
        },
      },
    ],
  };

  it('run with selectors and cheerio transforms, over the defaults', () => {
    const a = parsePost(
      post('<div class="mb-box"><p>Keep</p><div class="mb-ad">Buy!</div></div><div class="mb-tabs"><h4 class="mb-tab-title">One</h4><div class="mb-panel">First</div><h4 class="mb-tab-title">Two</h4><div class="mb-panel">Second</div></div>'),
      { profiles: [myBuilder] },
    );
    expect(a.body).toEqual([
      { type: 'paragraph', text: 'Keep', html: 'Keep' },
      { type: 'details', summary: 'One', open: false, children: [{ type: 'paragraph', text: 'First', html: 'First' }] },
      { type: 'details', summary: 'Two', open: false, children: [{ type: 'paragraph', text: 'Second', html: 'Second' }] },
    ]);
    expect(a.text).not.toContain('Buy');
  });

  it('match only what the selector says', () => {
    const a = parsePost(post('<div class="x"><div class="mb-ad">Stay</div></div>'), { profiles: [myBuilder] });
    expect(a.text).toBe('Stay');
  });
});
