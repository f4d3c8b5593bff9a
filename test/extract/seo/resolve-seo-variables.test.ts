import { extractSeo } from '../../../src/extract/seo/extract-seo';
import { context, post, rawFixture } from '../helpers';

describe('plugin title variables', () => {
  const seed = rawFixture('seed-aliantis-post');
  const withTitle = (title: string, extra: Record<string, unknown> = {}) => {
    const p = post({ ...seed, yoast_head_json: { ...(seed.yoast_head_json as object), title, ...extra } });
    const ctx = context(p);
    return { seo: extractSeo(p, ctx), ctx };
  };

  it('resolves Yoast variables from the post and the SEO data', () => {
    const { seo, ctx } = withTitle('%%title%% %%page%% %%sep%% %%sitename%%', { og_description: '%%excerpt%%' });
    expect(seo.title).toBe('Therapeutic alliance: why it is key to effective treatment - Aliantis');
    expect(seo.openGraph.description).toBe('Discover what the therapeutic alliance is and why the relationship of trust between patient and professional influences treatment effectiveness.');
    expect(seo.unresolved).toEqual([]);
    expect(ctx.warnings).toEqual([]);
  });

  it('resolves SEOPress and Rank Math names too', () => {
    expect(withTitle('%%post_title%% | %%sitetitle%%').seo.title).toBe('Therapeutic alliance: why it is key to effective treatment | Aliantis');
    expect(withTitle('%title% %sep% %category%').seo.title).toBe('Therapeutic alliance: why it is key to effective treatment - Wellbeing');
  });

  it('lists what it cannot resolve, keeps it in the text and warns once per field', () => {
    const { seo, ctx } = withTitle('Best of %%currentyear%% %%sep%% %%sitename%%');
    expect(seo.title).toBe('Best of %%currentyear%% - Aliantis');
    expect(seo.unresolved).toEqual(['%%currentyear%%']);
    expect(ctx.warnings).toEqual([
      { code: 'seo_unresolved_variable', message: 'SEO title keeps plugin variables with no known value: %%currentyear%%', path: 'seo.title' },
    ]);
  });

  it('leaves a plain percent sign alone', () => {
    expect(withTitle('Save 20% today, 30 % tomorrow').seo.title).toBe('Save 20% today, 30 % tomorrow');
  });
});
