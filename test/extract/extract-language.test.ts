import { extractLanguage } from '../../src/extract/extract-language';
import { extractSeo } from '../../src/extract/seo/extract-seo';
import { context, post } from './helpers';

const languageOf = (raw: Record<string, unknown> | string) => {
  const p = post(raw);
  return extractLanguage(p, extractSeo(p, context(p)));
};

describe('extractLanguage', () => {
  it('reads JSON-LD inLanguage', () => {
    expect(languageOf('seed-aliantis-post')).toBe('en-US');
    expect(languageOf('dsgservisi-post-2617')).toBe('tr');
    expect(languageOf('aybaudienst-page-434')).toBe('de');
  });

  it('prefers the page over the site', () => {
    const schema = { '@graph': [{ '@type': 'WebSite', inLanguage: 'en-US' }, { '@type': ['WebPage', 'FAQPage'], inLanguage: 'es-ES' }] };
    expect(languageOf({ id: 1, yoast_head_json: { schema } })).toBe('es-ES');
  });

  it('converts og:locale when there is no JSON-LD', () => {
    expect(languageOf({ id: 1, yoast_head_json: { og_locale: 'pt_BR' } })).toBe('pt-BR');
    expect(languageOf({ id: 1, yoast_head_json: { og_locale: 'bg_BG' } })).toBe('bg-BG');
  });

  it('normalises case and skips values that are no language tag', () => {
    expect(languageOf({ id: 1, yoast_head_json: { og_locale: 'zh_hans_cn' } })).toBe('zh-Hans-CN');
    expect(languageOf({ id: 1, yoast_head_json: { og_locale: 'English' } })).toBeNull();
  });

  it('uses a Polylang lang field last, and is null with nothing', () => {
    expect(languageOf({ id: 1, lang: 'fr' })).toBe('fr');
    expect(languageOf('gemmeeting-page-181')).toBeNull();
  });
});
