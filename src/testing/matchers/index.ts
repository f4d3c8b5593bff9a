import type { HeadingLevel } from '../../schema/block';
import { toBeSafeHtml } from './to-be-safe-html';
import { toHaveHeading } from './to-have-heading';
import { toHaveNoBuilderMarkup } from './to-have-no-builder-markup';
import { toHaveWarning } from './to-have-warning';
import { toKeepTextOf, type KeepTextOptions } from './to-keep-text-of';

export type { KeepTextOptions } from './to-keep-text-of';
export type { MatcherResult, MatcherState } from './matcher-support';
export { builderLeftovers, type BuilderLeftover } from './to-have-no-builder-markup';

/**
 * unpress's matchers, for `expect.extend(matchers)` in Jest or Vitest. Each is a plain
 * function of what `expect` received (nothing of either runner is loaded), works with `.not`,
 * and says in its failure what it found.
 *
 * @example
 * import { matchers } from 'unpress/testing';
 * expect.extend(matchers);
 * expect(parsePost(post)).toHaveHeading('Opening hours', 2);
 */
export const matchers = {
  /** The article has a heading with this text (at this level). */
  toHaveHeading,
  /** No builder shortcode, block comment, builder class or data attribute is left. */
  toHaveNoBuilderMarkup,
  /** No script, frame, form, event handler or unsafe URL: HTML safe to publish. */
  toBeSafeHtml,
  /** At least `atLeast` (default all) of the source HTML's words are kept. */
  toKeepTextOf,
  /** A warning with this code is there. */
  toHaveWarning,
};

/**
 * The matchers as assertions, `R` being what each returns (`void` in Jest, the assertion in
 * Vitest). Jest's global `expect` knows them once `unpress/testing` is imported (the
 * `jest.Matchers` augmentation below); for Vitest, or Jest's `expect` from `@jest/globals`,
 * add them to its assertion type in a `.d.ts` of the project:
 *
 * ```ts
 * import type { UnpressMatchers } from 'unpress/testing';
 * declare module 'vitest' {
 *   interface Assertion<T = any> extends UnpressMatchers<T> {}
 * }
 * // @jest/globals: declare module 'expect' { interface Matchers<R> extends UnpressMatchers<R> {} }
 * ```
 */
export interface UnpressMatchers<R = unknown> {
  /** The article has a heading with this text (at this level). */
  toHaveHeading(text: string | RegExp, level?: HeadingLevel): R;
  /** No builder shortcode, block comment, builder class or data attribute is left. */
  toHaveNoBuilderMarkup(): R;
  /** No script, frame, form, event handler or unsafe URL: HTML safe to publish. */
  toBeSafeHtml(): R;
  /** At least `atLeast` (default all) of the source HTML's words are kept. */
  toKeepTextOf(sourceHtml: string, options?: KeepTextOptions): R;
  /** A warning with this code is there. */
  toHaveWarning(code: string | RegExp): R;
}

declare global {
  // Jest's global `expect` (@types/jest): its matchers interface, merged. Declaring it costs
  // nothing where @types/jest is not installed.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends UnpressMatchers<R> {}
  }
}
