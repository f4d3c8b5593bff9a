// A consumer's file, compiled by test/types/declarations.test.ts against the BUILT declarations
// (the package's `exports` map, `tsc --strict`), once as ES module and once as CommonJS. It does
// not run: each line is a claim about the published types, and a claim that no longer holds
// is a compile error.
import {
  ArticleSchema,
  BlockSchema,
  DetailsBlockSchema,
  ListItemSchema,
  QuoteBlockSchema,
  UnpressError,
  defaultMarkdownRules,
  parsePost,
  toMarkdown,
  type Article,
  type Block,
  type BlockType,
  type DetailsBlock,
  type HeadingBlock,
  type HeadingLevel,
  type ListBlock,
  type ListItem,
  type MarkdownRule,
  type QuoteBlock,
  type UnpressErrorCode,
} from 'unpress';
import type { z } from 'zod';

// Exact type equality: `unknown`, `any` or `Record<string, unknown>` where a block belongs all fail.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | void {}

// The nested blocks are typed all the way down.
assertType<Equal<DetailsBlock['children'], Block[]>>();
assertType<Equal<QuoteBlock['children'], Block[]>>();
assertType<Equal<ListItem['children'], ListBlock | null>>();
assertType<Equal<ListBlock['items'], ListItem[]>>();
assertType<Equal<HeadingBlock['level'], 1 | 2 | 3 | 4 | 5 | 6>>();
assertType<Equal<HeadingLevel, 1 | 2 | 3 | 4 | 5 | 6>>();
assertType<Equal<Article['body'], Block[]>>();
assertType<Equal<Article['lists'], ListBlock[]>>();
assertType<Equal<Article['headings'][number]['level'], HeadingLevel>>();
assertType<Equal<BlockType, 'heading' | 'paragraph' | 'list' | 'image' | 'gallery' | 'quote' | 'code' | 'table' | 'embed' | 'media' | 'button' | 'separator' | 'details' | 'footnotes' | 'html'>>();
assertType<Equal<UnpressErrorCode, 'invalid_json' | 'invalid_xml' | 'invalid_post' | 'rest_error' | 'too_large' | 'invalid_output'>>();

// The schemas give the same types as the named ones.
assertType<Equal<z.infer<typeof BlockSchema>, Block>>();
assertType<Equal<z.infer<typeof DetailsBlockSchema>, DetailsBlock>>();
assertType<Equal<z.infer<typeof QuoteBlockSchema>, QuoteBlock>>();
assertType<Equal<z.infer<typeof ListItemSchema>, ListItem>>();
assertType<Equal<z.infer<typeof ArticleSchema>, Article>>();

// Recursion: a walk over every block, nested ones included, without a cast.
function walk(blocks: Block[], visit: (b: Block) => void): void {
  for (const b of blocks) {
    visit(b);
    if (b.type === 'details' || b.type === 'quote') walk(b.children, visit);
    if (b.type === 'list') for (const item of b.items) if (item.children) walk([item.children], visit);
  }
}

// Narrowing by `type`.
export function headingsOf(article: Article): string[] {
  const out: string[] = [];
  walk(article.body, (b) => {
    if (b.type === 'heading') {
      const level: HeadingLevel = b.level;
      out.push(`${'#'.repeat(level)} ${b.text}`);
    }
  });
  return out;
}
function depth(item: ListItem): number {
  return item.children ? 1 + Math.max(0, ...item.children.items.map(depth)) : 0;
}
export const deepestList = (article: Article): number => Math.max(0, ...article.lists.flatMap((l) => l.items.map(depth)));

// The README's extension example: a rule for `details` that renders its children.
const details: MarkdownRule<'details'> = (block, ctx, render) => {
  const first: Block | undefined = block.children[0];
  // @ts-expect-error a details block has no `html`: the rule gets the narrowed type, not any block
  void block.html;
  return `**${block.summary}**${first?.type === 'heading' ? ` (${first.level})` : ''}\n\n${render(block.children)}`;
};
export const markdown = (input: string): string => toMarkdown(parsePost(input), { rules: { ...defaultMarkdownRules, details } });

// Wrong shapes are refused.
// @ts-expect-error a heading level is 1 to 6
export const h7: HeadingBlock = { type: 'heading', level: 7, text: '', html: '', anchor: '' };
// @ts-expect-error a list item's children are a list, not blocks
export const item: ListItem = { text: '', html: '', value: null, children: [{ type: 'separator' }] };
// @ts-expect-error a details block's children are blocks
export const d: DetailsBlock = { type: 'details', summary: '', open: false, children: [{ type: 'nope' }] };

export function codeOf(e: unknown): UnpressErrorCode | null {
  return e instanceof UnpressError ? e.code : null;
}

// A library example reading a post from a file, and the usage guide's profile example.
import { readFileSync } from 'node:fs';
import { canonical, type Profile } from 'unpress';

export function readmeExample(): string {
  const article = parsePost(readFileSync('fixtures/elementor-seed-therapeutic-alliance/input.json'));
  const parts: (string | number | null | undefined)[] = [article.title, article.subtitle, article.editor, article.published, article.author?.name, article.headings.length];
  const source: { text: string; url: string | null } | undefined = article.sources[0];
  const fourth: Block | undefined = article.body[3];
  if (fourth?.type === 'heading') parts.push(fourth.level, fourth.anchor);
  const robots: boolean | undefined = article.seo.robots?.index;
  return `${parts.join(' ')} ${source?.url} ${robots} ${toMarkdown(article)}`;
}

const myBuilder: Profile = {
  name: 'my-builder',
  detect: ({ classNames }) => /\bmb-row\b/.test(classNames),
  rules: [
    { name: 'mb-ads', match: { selector: '.mb-row > .mb-ad' }, action: 'drop' },
    { name: 'mb-video', match: { classes: ['mb-video'] }, action: (el) => [canonical.embed(el.attribs['data-url']!)] },
  ],
};
export const withProfile = (post: unknown): Article => parsePost(post, { profiles: [myBuilder] });
