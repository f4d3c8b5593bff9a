import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost, toMarkdown, type Article, type ParseOptions } from '../../src';
import { checkMdx } from './mdx-check';
import { expectedFor, htmlTokens, parsedFor } from './prove';

/**
 * The proof of issue 5 on every golden fixture: the Markdown parses back (markdown-it with GFM
 * tables, strikethrough and footnotes) to the article's block structure (headings with levels
 * and text, lists with items and nesting, tables with cells, code with language, paragraphs'
 * text, link and image URLs in order), holds no HTML tag, and the MDX compiles with
 * @mdx-js/mdx and parses back to the same structure.
 */
const root = join(__dirname, '..', '..', 'fixtures');
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.json'))).sort();

const articles = new Map<string, Article>(
  cases.map((name) => {
    const dir = join(root, name);
    const options = existsSync(join(dir, 'options.json')) ? (JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as ParseOptions & { markdown?: unknown }) : {};
    const { markdown: _ignored, ...parseOptions } = options;
    return [name, parsePost(readFileSync(join(dir, 'input.json')), parseOptions)];
  }),
);

describe.each(cases)('fixture %s', (name) => {
  const article = articles.get(name)!;
  it('Markdown parses back to the block structure', () => {
    expect(parsedFor(article)).toEqual(expectedFor(article, 'md'));
  });
  it('Markdown holds no HTML tag', () => {
    expect(htmlTokens(toMarkdown(article))).toEqual([]);
  });
});

describe('MDX of every fixture', () => {
  const results = checkMdx(cases.map((name) => ({ name, markdown: toMarkdown(articles.get(name)!, { mdx: true }) })));
  it.each(cases)('%s compiles and parses back to the block structure', (name) => {
    const r = results.find((x) => x.name === name)!;
    expect(r.error).toBeNull();
    expect({ events: r.events, urls: r.urls }).toEqual(expectedFor(articles.get(name)!, 'mdx'));
  });
});
