import { readFile } from 'node:fs/promises';

/**
 * Reads a file, or standard input for `-`, as bytes (JSON decoding and BOM handling happen in
 * the parser, so every source goes through the same path).
 */
export async function readInput(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  if (path !== '-') return readFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
