// Jest's global `expect` (@types/jest) knows the matchers once unpress/testing is imported.
import { matchers } from 'unpress/testing';

expect.extend(matchers);
declare const article: unknown;
expect(article).toHaveHeading('Hours', 2);
expect(article).not.toHaveNoBuilderMarkup();
expect('<p>x</p>').toBeSafeHtml();
expect(article).toKeepTextOf('<p>x</p>', { atLeast: 0.9 });
expect(article).toHaveWarning(/^dropped_/);
// @ts-expect-error a level is 1 to 6
expect(article).toHaveHeading('Hours', 7);
