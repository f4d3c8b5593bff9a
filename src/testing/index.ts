/**
 * unpress/testing: what a test of a content pipeline needs. Post builders that write REST
 * posts as WordPress 6.x, Elementor 3.x and Yoast emit them (`wpPost`, `elementorPost`,
 * `gutenbergPost`, `classicPost`, `yoastHead`) and exports (`wxrExport`); matchers for
 * `expect.extend(matchers)` in Jest or Vitest; `articleSerializer` for snapshots. Written
 * fixtures are in `unpress/testing/fixtures`. Nothing here is loaded by `unpress` itself.
 *
 * @example
 * import { parsePost } from 'unpress';
 * import { elementorPost, matchers } from 'unpress/testing';
 * expect.extend(matchers);
 * const post = elementorPost({ widgets: [{ widget: 'heading', title: 'Hours', level: 2 }] });
 * expect(parsePost(post)).toHaveHeading('Hours', 2);
 */
export { wpPost, SITE, type WpPostOverrides, type RenderedInput } from './wp-post';
export { elementorPost, type ElementorPostOptions } from './elementor-post';
export { elementorWidgetRenderers, type ElementorWidget, type ElementorWidgetRenderer, type OtherElementorWidget, type ElementorPanel, type ElementorIconListItem } from './elementor-widgets';
export { gutenbergPost, serializeBlocks, type GutenbergBlock } from './gutenberg-post';
export { classicPost } from './classic-post';
export { yoastHead, type YoastFields, type YoastHead } from './yoast-head';
export { wxrExport, type WxrExportOptions } from './wxr-export';
export { matchers, builderLeftovers, type BuilderLeftover, type UnpressMatchers, type KeepTextOptions, type MatcherResult, type MatcherState } from './matchers';
export { articleSerializer, serializeArticle } from './article-serializer';
