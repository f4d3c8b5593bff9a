import { mapStrings } from './map-strings';

// `String.prototype.isWellFormed` / `toWellFormed` (Node 20+; not yet in the ES2023 lib types).
type WellFormedString = string & { isWellFormed(): boolean; toWellFormed(): string };

/**
 * The string with every lone surrogate (half of a UTF-16 pair, which JSON's `\ud800` can carry
 * but no UTF-8 file, YAML 1.1 reader or browser can) replaced by U+FFFD.
 *
 * @example toWellFormed('a\ud800b') // → 'a\ufffdb'
 */
export function toWellFormed(value: string): string {
  return (value as WellFormedString).isWellFormed() ? value : (value as WellFormedString).toWellFormed();
}

/**
 * A JSON value with lone surrogates replaced in every string (see `toWellFormed`), copied only
 * where one was found; `onFix` gets each changed string's path.
 *
 * @example wellFormedStrings({ title: 'a\ud800' }, (p) => console.log(p), 'post') // logs 'post.title'
 */
export function wellFormedStrings<T>(value: T, onFix: (path: string) => void, root = ''): T {
  return mapStrings(
    value,
    (s, _key, path) => {
      if ((s as WellFormedString).isWellFormed()) return s;
      onFix(path());
      return (s as WellFormedString).toWellFormed();
    },
    root,
  );
}
