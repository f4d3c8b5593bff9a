import { parsePost } from '../../../src';

// SEO plugins' post meta: what an export carries, and REST's `meta` where a plugin registers it.
describe('SEO from plugins’ post meta', () => {
  const post = (meta: Record<string, unknown>, site: string | null = 'Field Notes') => parsePost({ id: 1, title: { raw: 'Terns' }, content: { rendered: '<p>x</p>' }, meta, ...(site ? { _unpress: { site: { name: site } } } : {}) });

  it('Rank Math: title with its variables resolved, description, canonical and robots from its serialised array', () => {
    const a = post({ rank_math_title: '%title% %sep% %sitename%', rank_math_description: 'Terns at dusk.', rank_math_canonical_url: 'https://x.test/terns/', rank_math_robots: 'a:2:{i:0;s:7:"noindex";i:1;s:6:"follow";}' });
    expect([a.seo.title, a.seo.description, a.seo.canonical, a.seo.robots?.index, a.seo.sources.title]).toEqual(['Terns - Field Notes', 'Terns at dusk.', 'https://x.test/terns/', false, 'rankmath']);
  });

  it('Yoast and All in One SEO, with REST’s list form of unregistered meta', () => {
    expect(post({ _yoast_wpseo_metadesc: ['From Yoast.'], '_yoast_wpseo_meta-robots-noindex': '1' }).seo).toMatchObject({ description: 'From Yoast.', robots: { index: false } });
    const a = post({ _aioseo_title: 'From AIOSEO', _aioseop_description: 'Old AIOSEO.' });
    expect([a.seo.title, a.seo.description, a.seo.sources.title]).toEqual(['From AIOSEO', 'Old AIOSEO.', 'aioseo_meta']);
  });

  it('says nothing when no plugin key is there', () => {
    expect(post({ footnotes: '[]' }, null).seo.sources.title).toBe('post');
  });
});
