import type { Block } from '../schema/block';

/** Visits every block of a body, nested ones (inside details) included, in document order. */
export function walkBody(body: Block[], visit: (block: Block) => void): void {
  const stack: Block[] = [...body].reverse();
  while (stack.length) {
    const b = stack.pop()!;
    visit(b);
    if (b.type === 'details') for (let i = b.children.length - 1; i >= 0; i--) stack.push(b.children[i]!);
  }
}
