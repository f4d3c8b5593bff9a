/**
 * The CLI could not write its output (a full disk, a folder it may not write, a closed pipe):
 * the run stops, since every later post would fail the same way. Kept apart from a post's
 * failure, which names the input and lets the other posts go on.
 */
export class WriteError extends Error {
  constructor(
    /** The file, or `stdout`. */
    readonly target: string,
    override readonly cause: Error,
  ) {
    super(`cannot write ${target}: ${cause.message}`);
    this.name = 'WriteError';
  }

  /** The reader of a pipe went away (`unpress convert … | head`): nothing more to write. */
  get closedPipe(): boolean {
    return (this.cause as NodeJS.ErrnoException).code === 'EPIPE';
  }
}

/** Runs a write, turning what it throws (or rejects with) into a `WriteError` on `target`. */
export async function writing(target: string, write: () => void | Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    // Duck-typed: an error from another realm (a vm context, a test runner) is not `instanceof Error`.
    throw new WriteError(target, typeof e === 'object' && e !== null && 'message' in e ? (e as Error) : new Error(String(e)));
  }
}
