import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexElements } from '../../../src/sources/wxr/index-scan';
import { channelElements, childText, type XmlElement } from '../../../src/sources/wxr/xml-elements';
import { collect } from '../../support/collect';

const DIR = join(__dirname, '..', '..', '..', 'fixtures', 'wxr');
const bytes = Buffer.concat([readFileSync(join(DIR, 'written-media.xml')), Buffer.alloc(0)]);
// A post whose content writes `</item>` and a CDATA opener as text (inside its CDATA) comes first.
const site = readFileSync(join(DIR, 'written-site.xml'), 'utf8').replace('We left when the light went.', 'We left when the light went. Markup: </item> <![CDATA[ x');

async function* chunks(data: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

const key = (el: XmlElement) => `${el.name}:${childText(el, 'wp:post_id') ?? childText(el, 'wp:author_login') ?? el.text.trim()}`;

describe('the index pass of readWxr: the head, attachments and patterns whole, other items as summaries, cut out by bytes', () => {
  it.each([['written-media.xml', bytes], ['written-site.xml', Buffer.from(site)]])('%s: the same elements as a full parse, however the chunks fall', async (_name, data) => {
    // Every item is there: attachments and patterns whole, the others cut to what lists show.
    const full = await collect(channelElements(chunks(data, 1 << 16), 'x'));
    for (const size of [1, 2, 3, 5, 7, 8, 9, 13, 64, 1000]) {
      const got = await collect(indexElements(chunks(data, size)));
      expect(got.map(key)).toEqual(full.map(key));
      // A summary keeps what a list of posts shows.
      const summary = got.find((el) => childText(el, 'wp:post_id') === '3');
      if (summary) expect([childText(summary, 'title'), childText(summary, 'wp:status'), childText(summary, 'wp:post_date'), childText(summary, 'content:encoded')]).toEqual(['Terns at dusk', 'publish', '2026-05-06 19:30:00', null]);
    }
  });

  it('keeps an item that ends the input (a file cut after an item), however the chunks fall', async () => {
    const cut = bytes.subarray(0, bytes.lastIndexOf('</item>') + '</item>'.length);
    let full: XmlElement[] = [];
    await expect(
      (async () => {
        for await (const el of channelElements(chunks(cut, 1 << 16), 'x')) full = [...full, el];
      })(),
    ).rejects.toThrow('the XML breaks');
    expect(full.filter((el) => el.name === 'item').length).toBeGreaterThan(1);
    for (const size of [1, 3, 8, 9, 64, cut.length]) expect((await collect(indexElements(chunks(cut, size)))).map(key)).toEqual(full.map(key));
  });
});
