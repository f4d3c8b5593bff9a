import { matches, patternName, quote, warningsOf, wrongInput, type MatcherResult, type MatcherState } from './matcher-support';

/**
 * Passes when a warning with the code `code` (or one the expression matches) is among the
 * warnings of an Article, of a `{ warnings }` result such as `renderMarkdown`'s, or of a list
 * of warnings. The failure lists the warnings there are, with where each happened.
 *
 * @example expect(parsePost(post)).toHaveWarning('unknown_shortcode');
 */
export function toHaveWarning(this: MatcherState, received: unknown, code: string | RegExp): MatcherResult {
  const warnings = warningsOf(received);
  if (!warnings) return wrongInput('toHaveWarning', 'an Article, a { warnings } result or a list of warnings', received);
  if (typeof code !== 'string' && !(code instanceof RegExp)) throw new TypeError('toHaveWarning: the code must be a string or a RegExp');
  const found = warnings.find((w) => matches(code, w.code));
  const line = (w: { code: string; path: string | null; message: string }): string => `${w.code}${w.path ? ` at ${w.path}` : ''}: ${quote(w.message, 100)}`;
  return {
    pass: found !== undefined,
    message: () =>
      found
        ? `expected no warning ${patternName(code)}, but found ${line(found)}`
        : `expected a warning ${patternName(code)}; ${warnings.length ? `the warnings are:\n${warnings.map((w) => `  ${line(w)}`).join('\n')}` : 'there are none'}`,
  };
}
