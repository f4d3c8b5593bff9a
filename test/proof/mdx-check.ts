import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Structure } from './expected-structure';

export interface MdxResult extends Structure {
  name: string;
  ok: boolean;
  error: string | null;
}

/**
 * Compiles MDX documents in one child `node` process (@mdx-js/mdx is ESM-only; jest runs
 * CommonJS, where `import()` needs experimental VM flags) and returns each one's structure.
 */
export function checkMdx(docs: { name: string; markdown: string }[]): MdxResult[] {
  const out = execFileSync(process.execPath, [join(__dirname, 'compile-mdx.mjs')], {
    input: JSON.stringify(docs),
    cwd: join(__dirname, '..', '..'),
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  return JSON.parse(out) as MdxResult[];
}
