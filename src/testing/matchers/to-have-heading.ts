import type { HeadingLevel } from '../../schema/block';
import { isArticle, matches, patternName, quote, walkBlocks, wrongInput, type MatcherResult, type MatcherState } from './matcher-support';

/**
 * Passes when the article has a heading whose text is `text` (white space collapsed; or that
 * the expression matches), at `level` when one is given. Headings nested in details and
 * quotes count. The failure lists the headings the article has.
 *
 * @example expect(parsePost(post)).toHaveHeading('Opening hours', 2);
 */
export function toHaveHeading(this: MatcherState, received: unknown, text: string | RegExp, level?: HeadingLevel): MatcherResult {
  if (!isArticle(received)) return wrongInput('toHaveHeading', 'an Article (parsePost’s result)', received);
  if (typeof text !== 'string' && !(text instanceof RegExp)) throw new TypeError('toHaveHeading: the heading text must be a string or a RegExp');
  const headings = walkBlocks(received.body).flatMap(({ block, path }) => (block.type === 'heading' ? [{ level: block.level, text: block.text, path }] : []));
  const named = headings.filter((h) => matches(text, h.text));
  const found = named.find((h) => level === undefined || h.level === level);
  const wanted = `a heading ${patternName(text)}${level === undefined ? '' : ` at level ${level}`}`;
  // A heading that repeats the title is left out of the body (`dropTitleHeading`): say so.
  const titleNote = !named.length && matches(text, received.title) ? `\n(the title is ${quote(received.title)}: a heading repeating it is left out of the body, see the dropTitleHeading option)` : '';
  const list = headings.length ? headings.map((h) => `h${h.level} ${quote(h.text, 60)}`).join(', ') : 'none';
  return {
    pass: found !== undefined,
    message: () =>
      found
        ? `expected the article not to have ${wanted}, but found h${found.level} ${quote(found.text)} at ${found.path}`
        : `expected the article to have ${wanted}${named.length ? `; it is there at level ${named.map((h) => h.level).join(', ')}` : ''}\nits headings: ${list}${titleNote}`,
  };
}
