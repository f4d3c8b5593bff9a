import { pageList } from '../../../src/sources/wxr/dynamic/page-list';
import { latestPosts } from '../../../src/sources/wxr/dynamic/latest-posts';
import { WxrSite, type WxrListed } from '../../../src/sources/wxr/wxr-site';

const site = (listed: Partial<WxrListed>[]) => {
  const s = new WxrSite();
  s.listed.push(...listed.map((p, i) => ({ id: i + 1, type: 'page', title: `P${i + 1}`, link: `https://x.test/p${i + 1}/`, date: '2026-01-01 10:00:00', parent: 0, menuOrder: 0, terms: [], ...p })));
  return s;
};

describe('dynamic core blocks from the export', () => {
  it('page list: nested by parent, in menu order then title, a title’s & kept as HTML, classes as core writes them', () => {
    const html = pageList({}, site([{ title: 'B & Co' }, { title: 'A', menuOrder: 2 }, { title: 'Child', parent: 1 }, { type: 'post', title: 'Not a page' }]));
    expect(html).toBe('<ul class="wp-block-page-list"><li class="wp-block-pages-list__item has-child"><a class="wp-block-pages-list__item__link" href="https://x.test/p1/">B &amp; Co</a><ul class="submenu-container"><li class="wp-block-pages-list__item "><a class="wp-block-pages-list__item__link" href="https://x.test/p3/">Child</a></li></ul></li><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="https://x.test/p2/">A</a></li></ul>');
  });

  it('latest posts: newest first, postsToShow, and null (warned) for a category filter it cannot apply', () => {
    const s = site([{ type: 'post', title: 'Old', date: '2025-01-01 10:00:00' }, { type: 'post', title: 'New', date: '2026-02-01 10:00:00' }, { type: 'post', title: 'Mid', date: '2025-06-01 10:00:00' }]);
    expect(latestPosts({ postsToShow: 2 }, s)).toBe('<ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="https://x.test/p2/">New</a></li><li><a class="wp-block-latest-posts__post-title" href="https://x.test/p3/">Mid</a></li></ul>');
    expect(latestPosts({ categories: [{ id: 3 }] }, s)).toBeNull();
  });
});
