import { extractSeo } from '../../../src/extract/seo/extract-seo';
import { context, post } from '../helpers';

// A written case in the shape SEOPress's GetPost route sends (`wp_send_json_success($data)`):
// og/twitter hold title, description, image, attachment_id, image_width, image_height; robots flags.
const response = {
  success: true,
  data: {
    title: 'Sourdough at home | Bakery',
    description: 'Flour, water, salt &amp; time.',
    canonical: 'https://bakery.example/sourdough/',
    og: { title: 'Sourdough at home', description: 'Flour, water, salt, time.', image: 'https://bakery.example/wp-content/uploads/loaf.jpg', attachment_id: '77', image_width: '1600', image_height: '1067' },
    twitter: { title: 'Sourdough', description: '', image: '', attachment_id: '', image_width: '', image_height: '' },
    robots: { noindex: false, nofollow: true, nosnippet: false, noimageindex: false },
    primarycat: '',
    breadcrumbs: '',
    redirections: { enabled: '', type: '', value: '' },
  },
};

describe('SEOPress (seopress option)', () => {
  const p = post({ id: 3, title: { rendered: 'Sourdough' }, link: 'https://bakery.example/?p=3' });

  it('reads title, description, canonical, og, twitter and robots flags', () => {
    const seo = extractSeo(p, context(p, { seopress: response }));
    expect(seo.source).toBe('seopress');
    expect(seo.title).toBe('Sourdough at home | Bakery');
    expect(seo.description).toBe('Flour, water, salt & time.');
    expect(seo.canonical).toBe('https://bakery.example/sourdough/');
    expect(seo.robots).toEqual({ index: true, follow: false, maxSnippet: null, maxImagePreview: null, maxVideoPreview: null });
    expect(seo.openGraph.images).toEqual([{ url: 'https://bakery.example/wp-content/uploads/loaf.jpg', width: 1600, height: 1067, type: null, alt: null }]);
    expect(seo.twitter.title).toBe('Sourdough');
    expect(seo.twitter.description).toBeNull();
    expect(seo.twitter.image).toBeNull();
  });

  it('accepts data without the envelope, and reads data: null as nothing', () => {
    expect(extractSeo(p, context(p, { seopress: response.data })).title).toBe('Sourdough at home | Bakery');
    const unpublished = extractSeo(p, context(p, { seopress: { success: true, data: null } }));
    expect(unpublished.source).toBeNull();
    expect(unpublished.title).toBe('Sourdough');
  });
});
