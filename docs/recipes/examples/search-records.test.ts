// The example of docs/recipes/test-a-pipeline-step.md; `npm test` runs it.
import { parsePost } from 'unpress';
import { articleSerializer, elementorPost, gutenbergPost, matchers, wpPost, yoastHead } from 'unpress/testing';
import { fixtures } from 'unpress/testing/fixtures';
import { toSearchRecords } from './search-records';

expect.extend(matchers);
expect.addSnapshotSerializer(articleSerializer);

describe('toSearchRecords', () => {
  it('makes one record per section of an Elementor page', () => {
    const post = elementorPost({
      widgets: [
        { widget: 'text-editor', html: 'We rent kayaks by the hour.' },
        { widget: 'heading', title: 'Prices', level: 2 },
        { widget: 'text-editor', html: 'Ten euros an hour, life jacket included.' },
        { widget: 'heading', title: 'Booking', level: 2 },
        { widget: 'accordion', items: [{ title: 'Can I book on the day?', html: 'Yes, if a kayak is free.' }] },
      ],
      post: { id: 7, title: 'Kayak rental', ...yoastHead({ title: 'Kayak rental - Lagoon Club' }) },
    });
    expect(toSearchRecords(post)).toEqual([
      { id: '7#top', url: 'https://example.org/2024/05/kayak-rental/', title: 'Kayak rental - Lagoon Club', heading: null, text: 'We rent kayaks by the hour.' },
      { id: '7#prices', url: 'https://example.org/2024/05/kayak-rental/#prices', title: 'Kayak rental - Lagoon Club', heading: 'Prices', text: 'Ten euros an hour, life jacket included.' },
      { id: '7#booking', url: 'https://example.org/2024/05/kayak-rental/#booking', title: 'Kayak rental - Lagoon Club', heading: 'Booking', text: expect.stringContaining('Can I book on the day?') },
    ]);
  });

  it('indexes nothing of a draft', () => {
    expect(toSearchRecords(wpPost({ status: 'draft' }))).toEqual([]);
  });

  it('loses no words of the page and no builder markup leaks into the records', () => {
    for (const fixture of Object.values(fixtures)) {
      const records = toSearchRecords(fixture.post);
      const text = records.map((r) => `${r.heading ?? ''}\n${r.text}`).join('\n');
      // Headings the title repeats are dropped from the body: compare with the article's title too.
      expect(`${parsePost(fixture.post).title}\n${text}`).toKeepTextOf(fixture.post.content!.rendered!);
      expect(text).toHaveNoBuilderMarkup();
    }
  });

  it('reads the article the step sees, as an outline', () => {
    const post = gutenbergPost([
      { name: 'core/heading', html: '<h2 class="wp-block-heading">Opening times</h2>' },
      { name: 'core/paragraph', html: '<p>Every day from <strong>nine</strong>.</p>' },
    ], { id: 8, title: 'Visit' });
    const article = parsePost(post);
    expect(article).toHaveHeading('Opening times', 2);
    expect(article).not.toHaveWarning(/./);
    // What `expect(article).toMatchSnapshot()` would store, with the serializer added above.
    const outline = articleSerializer.serialize(article).split('\n');
    expect(outline.slice(outline.indexOf('  body:'), outline.indexOf('  body:') + 3)).toEqual([
      '  body:',
      '    h2 Opening times #opening-times',
      '    p Every day from **nine**.',
    ]);
  });
});
