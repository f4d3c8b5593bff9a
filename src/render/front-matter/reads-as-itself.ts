// Letters, digits, spaces and punctuation with no YAML meaning inside a plain scalar; `:` and
// `#` only where they cannot start a mapping or a comment (`a:b`, `a#b`, as in URLs).
const PLAIN = /^\p{L}(?:[\p{L}\p{M}\p{N} ,.'’!?()&/_%+=~;@*-]|:(?=[^\s])|(?<=[^\s])#)*$/u;
// A single word could be a keyword (`yes`, `Off`, `NULL`) or, to the yaml library's 1.1
// schema, a number (`e4`): only words longer than any keyword and without digits are sure.
const SURE_WORD = /^[^\p{N}]{6,}$/u;
const EXPONENT = /^[eE][-+]?[0-9_]*$/;

/**
 * A fast, sure "yes" for the common string that YAML 1.1 and 1.2 both read back unchanged when
 * written plain (titles, names, URLs); `false` means "not sure", and the caller parses to find
 * out. It starts with a letter (no number, date, tag, anchor or flow indicator can), has no
 * trailing space or colon, and has a space, a slash or a hyphen (not `e-5`) or is a long word
 * without digits (not `yes`, `e4`).
 *
 * @example readsAsItself('Therapeutic alliance why it matters') // → true
 * @example readsAsItself('yes') // → false (parse to decide)
 */
export function readsAsItself(value: string): boolean {
  // A space or a slash: no keyword or number has one (titles, names, URLs and paths are common).
  // A hyphen: no keyword has one, and the only number starting with a letter is an exponent
  // with no digits before it (`e-5` to the library's 1.1 schema). Slugs are the common case.
  return PLAIN.test(value) && (/[ /]/.test(value) || SURE_WORD.test(value) || (value.includes('-') && !EXPONENT.test(value))) && !/[\s:]$/.test(value);
}
