// The code of docs/recipes/feed-a-search-index.md, run by `npm test` so the recipe stays true.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost, toSections, type Article } from 'unpress';

/** One search record per section: what Algolia, Meilisearch or a vector store takes. */
export function searchRecords(article: Article) {
  return toSections(article).map((section, i) => ({
    objectID: `${article.id}-${section.anchor ?? i}`,
    url: article.link && section.anchor ? `${article.link}#${section.anchor}` : article.link,
    title: article.title,
    headingPath: section.headingPath,
    text: section.text,
    tags: (article.tags ?? []).map((t) => t.name ?? t.slug),
    published: article.published,
  }));
}

test('one record per heading, each linking to its anchor', () => {
  const post = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/gutenberg-written-blocks/input.json'), 'utf8'));
  const records = searchRecords(parsePost(post));
  const setup = records.find((r) => r.headingPath.at(-1) === 'Setup');
  expect(setup).toMatchObject({ objectID: '701-setup', url: 'https://written.example.test/gutenberg-blocks/#setup', title: 'Every core block' });
  expect(setup!.text).toContain('First');
  // The text before the first heading is a record of its own.
  expect(records[0]!.headingPath).toEqual([]);
  expect(records[0]!.text).toMatch(/^Intro paragraph with bold/);
  expect(new Set(records.map((r) => r.objectID)).size).toBe(records.length);
});
