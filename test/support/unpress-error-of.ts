import { UnpressError } from '../../src';

/** Runs `fn` and returns the UnpressError it throws; fails the test on any other outcome. */
export function unpressErrorOf(fn: () => unknown): UnpressError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UnpressError) return e;
    throw e;
  }
  throw new Error('expected an UnpressError');
}
