import { channelElements } from '../../../src/sources/wxr/xml-elements';
import { collect } from '../../support/collect';

describe('channelElements: the children of an RSS channel, built whole', () => {
  it('keeps every attribute as an own property, `__proto__` and `constructor` too, without touching prototypes', async () => {
    const xml = '<rss><channel><item><category domain="category" __proto__="p" constructor="c" nicename="news">News</category></item></channel></rss>';
    const [item] = await collect(channelElements([xml], 'x'));
    const attrs = item!.children[0]!.attrs;
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    expect(Object.keys(attrs)).toEqual(['domain', '__proto__', 'constructor', 'nicename']);
    expect([attrs.domain, attrs['__proto__'], attrs['constructor'], attrs.nicename]).toEqual(['category', 'p', 'c', 'news']);
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });
});
