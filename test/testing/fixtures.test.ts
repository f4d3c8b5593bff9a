import { parsePost, WpPostSchema } from '../../src';
import { matchers } from '../../src/testing';
import { fixtures } from '../../src/testing/fixtures';

expect.extend(matchers);

describe.each(Object.entries(fixtures))('fixture %s', (_name, f) => {
  const article = parsePost(f.post, 'options' in f ? f.options : undefined);

  it('is a valid REST post that unpress reads as the fixture says', () => {
    expect(WpPostSchema.safeParse(f.post).success).toBe(true);
    expect([article.editor, article.seo.source, article.headings.map((h) => h.text)]).toEqual([f.editor, f.seo, f.headings]);
  });

  it('converts cleanly: every word kept, no builder markup, safe HTML', () => {
    expect(article).toKeepTextOf(f.post.content!.rendered!);
    expect(article).toHaveNoBuilderMarkup();
    expect(article).toBeSafeHtml();
    expect(article.warnings.map((w) => w.code)).toEqual(f.seo === 'rankmath' ? ['seo_unresolved_variable'] : []);
  });
});

it('covers every editor and builder unpress recognises, and each SEO plugin with REST fields', () => {
  const all = Object.values(fixtures);
  expect(new Set(all.map((f) => f.editor))).toEqual(new Set(['gutenberg', 'classic', 'elementor', 'divi', 'wpbakery', 'beaver', 'siteorigin', 'oxygen', 'bricks']));
  expect(all.map((f) => f.seo).filter(Boolean).sort()).toEqual(['aioseo_head_json', 'rankmath', 'seopress', 'yoast_head_json']);
  expect(new Set(all.map((f) => f.post.id)).size).toBe(all.length);
});
