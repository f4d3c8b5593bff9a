/**
 * A system error's reason, without its code and system call, for a one-line report.
 *
 * @example reasonOf(new Error("ENOENT: no such file or directory, open 'x'")) // → 'no such file or directory'
 */
export function reasonOf(e: unknown): string {
  // Duck-typed: an error from another realm (a vm context, a test runner) is not `instanceof Error`.
  const message = typeof e === 'object' && e !== null && typeof (e as Error).message === 'string' ? (e as Error).message : String(e);
  return /^E[A-Z]+: ([^,]*)/.exec(message)?.[1] ?? message;
}
