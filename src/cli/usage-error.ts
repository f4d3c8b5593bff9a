/**
 * A command the CLI cannot start on (an input it cannot read, an `--out` it cannot write to):
 * reported before any post is converted, with exit status 2, as commander's usage errors.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
