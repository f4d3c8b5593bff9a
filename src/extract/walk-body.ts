import type { Block } from '../schema/block';

/**
 * Visits every block of a body, nested ones (inside details and quotes) included, in document
 * order. Iterative, so nesting depth costs no stack.
 *
 * @example walkBody(article.body, (b) => { if (b.type === 'heading') console.log(b.text); });
 */
export function walkBody(body: Block[], visit: (block: Block) => void): void {
  const stack: Block[] = [...body].reverse();
  while (stack.length) {
    const b = stack.pop()!;
    visit(b);
    if (b.type === 'details' || b.type === 'quote') for (let i = b.children.length - 1; i >= 0; i--) stack.push(b.children[i]!);
  }
}
