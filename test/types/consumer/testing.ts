// `unpress/testing` from a consumer's side, without Jest or Vitest installed (see with-jest.ts
// for Jest's global `expect`).
import { parsePost, type Article, type WpPost } from 'unpress';
import {
  articleSerializer,
  classicPost,
  elementorPost,
  gutenbergPost,
  matchers,
  wpPost,
  wxrExport,
  yoastHead,
  type ElementorWidget,
  type GutenbergBlock,
  type MatcherResult,
  type UnpressMatchers,
} from 'unpress/testing';
import { fixtures, type Fixture, type FixtureName } from 'unpress/testing/fixtures';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | void {}

const widgets: ElementorWidget[] = [
  { widget: 'heading', title: 'Hours', level: 2 },
  { widget: 'accordion', items: [{ title: 'Q', html: '<p>A</p>' }] },
  { widget: 'my-plugin-card', settings: { tone: 'warm' }, html: '<div>Card</div>' },
];
const blocks: GutenbergBlock[] = [{ name: 'core/paragraph', attributes: { dropCap: true }, html: '<p>x</p>' }];
const posts: WpPost[] = [elementorPost({ widgets, layout: 'sections' }), gutenbergPost(blocks), classicPost('x'), wpPost({ title: 'T', ...yoastHead({ title: 'T' }) })];
export const xml: string = wxrExport(posts);
// @ts-expect-error a heading widget's level is 1 to 6
export const bad: ElementorWidget = { widget: 'heading', title: 'x', level: 9 };
// @ts-expect-error another widget's settings go in `settings`
export const loose: ElementorWidget = { widget: 'counter', ending_number: 3 };

const article: Article = parsePost(fixtures.gutenberg.post);
const result: MatcherResult = matchers.toHaveHeading.call({}, article, 'x', 2);
export const passed: boolean = result.pass && articleSerializer.test(article);
assertType<Equal<ReturnType<UnpressMatchers<void>['toHaveWarning']>, void>>();
assertType<Equal<Parameters<UnpressMatchers['toKeepTextOf']>, [sourceHtml: string, options?: { atLeast?: number }]>>();
const name: FixtureName = 'elementorContainers';
export const fixture: Fixture = fixtures[name];
