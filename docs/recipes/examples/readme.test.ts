// The README's examples, as written there (a change to one is a change to the other).
import { writeFile } from 'node:fs/promises';
import { fetchSite, migrate, parsePost, toMarkdown } from 'unpress';
import { elementorPost, matchers } from 'unpress/testing';
import { fixtures } from 'unpress/testing/fixtures';

// "In a migration script": compiled here, not run (it crawls a site and writes files).
export async function migrationScript() {
  // Post by post, into your own pipeline (a headless CMS, a search index, an AI corpus):
  for await (const post of fetchSite('https://example.org', { types: ['posts', 'pages'] })) {
    const article = parsePost(post);
    for (const w of article.warnings) console.warn(`${article.id}: ${w.code} at ${w.path}`);
    await writeFile(`out/${article.id}.md`, toMarkdown(article, { frontMatter: 'astro' }));
  }

  // Or a whole site, into a layout that builds: paths, links, media, redirects and a report.
  const report = await migrate(['export.xml'], { out: 'site', layout: 'astro', downloadMedia: true });
  console.log(report.totals); // { items, converted, failed, warnings, media, redirects, danglingLinks, … }
}

// "In a pipeline's tests", verbatim.
expect.extend(matchers);

test('an Elementor page becomes clean blocks', () => {
  const post = elementorPost({
    widgets: [
      { widget: 'heading', title: 'Prices', level: 2 },
      { widget: 'text-editor', html: '<p>Ten euros an hour.</p>' },
      { widget: 'button', text: 'Book', url: 'https://example.org/book/' },
    ],
  });
  const article = parsePost(post);
  expect(article).toHaveHeading('Prices', 2);
  expect(article).toHaveNoBuilderMarkup();
  expect(article.html).toBeSafeHtml();
  expect(article.text).toBe('Prices\n\nTen euros an hour.\n\nBook');
});

// "The Article at a glance": the values the README shows.
test('the Article at a glance', () => {
  const article = parsePost(fixtures.elementorContainers.post);
  expect(article.title).toBe('Visit the museum');
  expect(article.editor).toBe('elementor');
  expect(article.published).toBe('2024-05-06T07:30:00.000Z');
  expect(article.body[0]).toEqual({ type: 'heading', level: 2, text: 'Opening hours', html: 'Opening hours', anchor: 'opening-hours' });
  const md = toMarkdown(article, { frontMatter: 'astro' });
  expect(md.startsWith('---\ntitle: Visit the museum\ndescription: Opening hours Tuesday to Sunday, ten till six. ')).toBe(true);
  expect(md).toContain('\npubDate: 2024-05-06T09:30:00+02:00\n---\n\n## Opening hours\n');
});
