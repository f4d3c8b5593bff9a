import { parsePost } from '../../src';
import { safeScheme, urlFields } from '../hostile/safety';
import { hostileUrl } from './arbitraries';
import { fc, timeout } from './config';

// JSON-LD nodes as plugins nest them: URL keys holding a URL, a list of URLs or a node, beside
// text keys whose values merely talk about URLs (which stay text).
const urlKey = fc.constantFrom('url', '@id', 'sameAs', 'logo', 'image', 'item', 'thumbnailUrl', 'contentUrl', 'embedUrl', 'target', 'urlTemplate', 'mainEntityOfPage');
const textKey = fc.constantFrom('name', 'description', 'caption', 'headline');
const node: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ node: Record<string, unknown>; value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, hostileUrl, fc.array(hostileUrl, { maxLength: 3 }), tie('node')),
  node: fc
    .tuple(fc.array(fc.tuple(urlKey, tie('value')), { maxLength: 4 }), fc.array(fc.tuple(textKey, hostileUrl), { maxLength: 2 }))
    .map(([urls, texts]) => Object.fromEntries([['@type', 'Thing'], ...urls, ...texts])),
})).node;

describe('URL fields (property)', () => {
  it('no URL in the JSON-LD graph or the post link is unsafe; text keys and the input are untouched', () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 4 }), hostileUrl, (graph, link) => {
        const post = { id: 1, link, title: { rendered: 'T' }, content: { rendered: '<p>x</p>' }, yoast_head_json: { schema: { '@graph': graph } } };
        const before = JSON.stringify(post);
        const a = parsePost(post);
        expect(urlFields(a).filter(([, v, image]) => !safeScheme(v, image))).toEqual([]);
        expect(JSON.stringify(post)).toBe(before);
        // Text keys are never URL fields: what they said is still there.
        const texts = (g: unknown): string[] => (g && typeof g === 'object' ? Object.entries(g).flatMap(([k, v]) => (['name', 'description', 'caption', 'headline'].includes(k) && typeof v === 'string' ? [v] : texts(v))) : []);
        expect(texts(a.seo.schema)).toEqual(texts(graph));
      }),
    );
  }, timeout);
});
