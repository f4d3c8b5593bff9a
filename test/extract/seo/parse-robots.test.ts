import { parseRobots } from '../../../src/extract/seo/parse-robots';

describe('parseRobots', () => {
  it.each([
    ['noindex', { index: false, follow: true, maxSnippet: null, maxImagePreview: null, maxVideoPreview: null }],
    ['NOINDEX , NoFollow', { index: false, follow: false, maxSnippet: null, maxImagePreview: null, maxVideoPreview: null }],
    ['none', { index: false, follow: false, maxSnippet: null, maxImagePreview: null, maxVideoPreview: null }],
    ['max-snippet:-1, max-image-preview:large, max-video-preview:30', { index: true, follow: true, maxSnippet: -1, maxImagePreview: 'large', maxVideoPreview: 30 }],
    ['max-snippet: 50, max-image-preview:huge', { index: true, follow: true, maxSnippet: 50, maxImagePreview: null, maxVideoPreview: null }],
    ['noarchive', { index: true, follow: true, maxSnippet: null, maxImagePreview: null, maxVideoPreview: null }],
  ])('parses %j', (input, expected) => {
    expect(parseRobots(input)).toEqual(expected);
  });

  it('reads Yoast objects and SEOPress flags', () => {
    expect(parseRobots({ index: 'noindex', follow: 'follow', 'max-snippet': 'max-snippet:-1' })).toEqual({ index: false, follow: true, maxSnippet: -1, maxImagePreview: null, maxVideoPreview: null });
    expect(parseRobots({ noindex: true, nofollow: false })?.index).toBe(false);
  });

  it('is null when nothing is said', () => {
    for (const v of [undefined, null, '', ' , ', {}, [], 42]) expect(parseRobots(v)).toBeNull();
  });
});
