import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleSchema, parsePost, toMarkdown, type ParseOptions, type MarkdownOptions } from '../../src';

/**
 * Every `fixtures/<case>/input.json` against its reviewed `expected.article.json` and
 * `expected.md`. Regenerate on purpose only: `UNPRESS_UPDATE_GOLDEN=1 npx jest test/golden`
 * (or `=<case-prefix>` for some cases); never in CI.
 */
const root = join(__dirname, '..', '..', 'fixtures');
const update = process.env.UNPRESS_UPDATE_GOLDEN;
if (update && process.env.CI) throw new Error('UNPRESS_UPDATE_GOLDEN must not be set in CI');

const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.json'))).sort();

describe.each(cases)('fixture %s', (name) => {
  const dir = join(root, name);
  const read = <T>(file: string, fallback: T): T => (existsSync(join(dir, file)) ? JSON.parse(readFileSync(join(dir, file), 'utf8')) : fallback);
  const options = read<ParseOptions & { markdown?: MarkdownOptions }>('options.json', {});
  const { markdown: mdOptions, ...parseOptions } = options;
  const article = parsePost(readFileSync(join(dir, 'input.json')), parseOptions);
  const json = `${JSON.stringify(article, null, 2)}\n`;
  const md = toMarkdown(article, mdOptions);
  const regenerate = update === '1' || (update !== undefined && update !== '' && name.startsWith(update));
  if (regenerate) {
    writeFileSync(join(dir, 'expected.article.json'), json);
    writeFileSync(join(dir, 'expected.md'), md);
  }

  it('is a valid Article', () => {
    expect(() => ArticleSchema.parse(article)).not.toThrow();
  });
  it('matches expected.article.json', () => {
    expect(json).toBe(readFileSync(join(dir, 'expected.article.json'), 'utf8'));
  });
  it('matches expected.md', () => {
    expect(md).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'));
  });
  it('is deterministic', () => {
    const again = parsePost(readFileSync(join(dir, 'input.json')), parseOptions);
    expect(`${JSON.stringify(again, null, 2)}\n`).toBe(json);
  });
});
