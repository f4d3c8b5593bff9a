import type { Article } from '../schema/article';
import type { Format } from './format-article';

/** Prints converted posts to stdout as they come (`unpress convert` without `--out`). */
export interface Printer {
  /**
   * Prints one post's output: `formatArticle`'s, or for JSON its `jsonElement`. Resolves once
   * the output took it (see `Io.stdout`).
   */
  print(output: string | Uint8Array): void | Promise<void>;
  /** Prints what only the end of the run decides: an empty JSON array, or the single JSON object. */
  end(): void | Promise<void>;
}

type Write = (chunk: string | Uint8Array) => void | Promise<void>;

/**
 * What is printed before the n-th post (n ≥ 2) when several go to stdout one after the other:
 * Markdown with front matter needs only a line break (each post starts with its `---` block);
 * HTML, and Markdown without front matter, get an HTML comment line, and text a marked line, so
 * that where one post ends and the next begins stays visible.
 *
 * @example postSeparator('html', 2, true) // → '\n<!-- post 2 -->\n'
 */
export function postSeparator(format: Exclude<Format, 'json'>, n: number, frontMatter: boolean): string {
  if ((format === 'md' || format === 'mdx') && frontMatter) return '\n';
  if (format === 'text') return `\n=== post ${n} ===\n\n`;
  return `\n<!-- post ${n} -->\n\n`;
}

/**
 * A printer that holds at most one post: a run prints the same bytes as formatting all its
 * articles at the end did (one JSON object for one post, a JSON array for several, other
 * formats one after the other, apart by `postSeparator`), but memory no longer grows with the
 * input (holding every article until the end took 1.76 GB of RSS for 3,000 posts).
 *
 * @example const p = printer('md', io.stdout); await p.print(formatArticle(a, 'md', opts)); await p.end();
 */
export function printer(format: Format, write: Write, frontMatter = true): Printer {
  let count = 0;
  // JSON: one post is printed as an object, so the first waits until a second one (or the end) comes.
  let first: string | Uint8Array | null = null;
  return {
    async print(output) {
      count++;
      if (format !== 'json') {
        if (count > 1) await write(postSeparator(format, count, frontMatter));
        return write(output);
      }
      if (count === 1) {
        first = output;
        return;
      }
      if (first !== null) {
        await write('[\n');
        await write(first);
        first = null;
      }
      await write(',\n');
      return write(output);
    },
    end() {
      if (format !== 'json') return;
      return write(count === 0 ? '[]\n' : first !== null ? unElement(first) : '\n]\n');
    },
  };
}

/**
 * An article's JSON as an element of the array `JSON.stringify(list, null, 2)` writes (every
 * line indented two more spaces, no final line break): written where the post is converted,
 * so the printer writes it as it comes (bytes from a worker, never a string in the main thread).
 *
 * @example jsonElement(article) // → '  {\n    "id": 1,\n …\n  }'
 */
export function jsonElement(article: Article): string {
  // The array's own brackets cut off: one stringify, no second pass to indent it.
  return JSON.stringify([article], null, 2).slice(2, -2);
}

// The element of a run's only post, back to the object `JSON.stringify(article, null, 2)` wrote.
function unElement(element: string | Uint8Array): string {
  const text = typeof element === 'string' ? element : new TextDecoder().decode(element);
  return `${text.slice(2).replace(/\n {2}/g, '\n')}\n`;
}
