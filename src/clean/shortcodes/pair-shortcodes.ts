import type { ShortcodeToken } from './tokenize-shortcodes';

/**
 * Pairs opening and closing tags in document order, the way WordPress nests them: a `[/x]`
 * closes the nearest open `[x]`, and tags left open inside it are self-closing. Returns, for
 * each token index, the index of its partner (or -1). Linear: each token is pushed and popped
 * at most once, and a close with no open of its name is found out in O(1).
 *
 * @example pairShortcodes(tokens) // [open a, open b, close a] → [2, -1, 0]
 */
export function pairShortcodes(tokens: ShortcodeToken[]): number[] {
  const partner = new Array<number>(tokens.length).fill(-1);
  const stack: number[] = [];
  const open = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (t.kind === 'open') {
      if (t.selfClosing) return;
      stack.push(i);
      open.set(t.name, (open.get(t.name) ?? 0) + 1);
      return;
    }
    if (!open.get(t.name)) return;
    for (;;) {
      const j = stack.pop()!;
      const name = tokens[j]!.name;
      open.set(name, open.get(name)! - 1);
      if (name === t.name) {
        partner[i] = j;
        partner[j] = i;
        return;
      }
    }
  });
  return partner;
}
