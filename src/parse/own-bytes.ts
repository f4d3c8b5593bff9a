/**
 * The bytes of `parts` joined, in memory of their own: a view into a stream's chunk would
 * keep the whole chunk alive, and would copy all of it when sent to a worker thread.
 *
 * @example ownBytes([chunk.subarray(10, 20)]) // → a 10-byte Uint8Array with its own buffer
 */
export function ownBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return new Uint8Array(parts[0]!);
  let size = 0;
  for (const p of parts) size += p.length;
  const whole = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    whole.set(p, at);
    at += p.length;
  }
  return whole;
}
