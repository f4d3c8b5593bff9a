import { isArticle, quote, visibleText, wordCounts, wrongInput, type MatcherResult, type MatcherState } from './matcher-support';

/** How much of the source's text must be kept: a share from 0 to 1 (default 1, every word). */
export interface KeepTextOptions {
  /** The share of the source's words that must be kept, 0 to 1; default 1. */
  atLeast?: number;
}

/**
 * Passes when the article (its title and text; or a string: Markdown, text, HTML) keeps at
 * least `atLeast` of the words of `sourceHtml`'s visible text, counted with repeats: a word
 * the source has three times and the article once is two words missing. Words are letters and
 * digits of any script, compared in lower case and NFKC, so punctuation and formatting do not
 * count. The failure gives the share kept and the words missing, most frequent first.
 *
 * @example expect(parsePost(post)).toKeepTextOf(post.content.rendered, { atLeast: 0.95 });
 */
export function toKeepTextOf(this: MatcherState, received: unknown, sourceHtml: string, options: KeepTextOptions = {}): MatcherResult {
  if (typeof sourceHtml !== 'string') throw new TypeError('toKeepTextOf: the source must be an HTML string');
  const atLeast = options.atLeast ?? 1;
  if (typeof atLeast !== 'number' || !(atLeast >= 0 && atLeast <= 1)) throw new TypeError('toKeepTextOf: `atLeast` must be a share from 0 to 1');
  const text = isArticle(received) ? `${received.title}\n${received.text}` : typeof received === 'string' ? visibleText(received) : null;
  if (text === null) return wrongInput('toKeepTextOf', 'an Article or a string', received);
  const source = wordCounts(visibleText(sourceHtml));
  const kept = wordCounts(text);
  let total = 0;
  let missing = 0;
  const lost: [string, number][] = [];
  for (const [word, n] of source) {
    total += n;
    const short = n - Math.min(n, kept.get(word) ?? 0);
    if (short) {
      missing += short;
      lost.push([word, short]);
    }
  }
  const share = total ? (total - missing) / total : 1;
  const percent = (x: number): string => `${Math.floor(x * 1000) / 10}%`;
  const summary = `kept ${percent(share)} of the source's ${total} words (${total - missing})`;
  lost.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const sample = lost.slice(0, 12).map(([w, n]) => `${quote(w, 30)}${n > 1 ? ` ×${n}` : ''}`).join(', ');
  return {
    pass: share >= atLeast,
    message: () =>
      share >= atLeast
        ? `expected the text to keep less than ${percent(atLeast)} of the source's words, but it ${summary}`
        : `expected the text to keep at least ${percent(atLeast)} of the source's words; it ${summary}\nmissing: ${sample}${lost.length > 12 ? `, and ${lost.length - 12} more` : ''}`,
  };
}
