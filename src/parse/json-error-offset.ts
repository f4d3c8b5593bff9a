const WS = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/**
 * The offset of the first character that makes `text` invalid JSON (its length when the text
 * ends too early), or -1 when it is valid. JavaScript engines word (and place) this differently
 * across versions, and some name no position at all; this scanner answers the same everywhere.
 * Iterative: any nesting depth costs no stack.
 *
 * @example jsonErrorOffset('{"id": 1,}') // → 9
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  // What each open container expects next: 'value' | 'key' | 'colon' | 'comma'.
  const stack: { kind: '{' | '['; want: 'first' | 'key' | 'colon' | 'value' | 'comma' }[] = [];
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const readString = (): boolean => {
    if (text[i] !== '"') return false;
    STRING_BODY.lastIndex = i + 1;
    STRING_BODY.exec(text);
    i = STRING_BODY.lastIndex;
    if (text[i] !== '"') return false;
    i++;
    return true;
  };
  // Reads one value; returns false at an error (with `i` on it). Containers are pushed, not recursed.
  const readValue = (): boolean => {
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push({ kind: c, want: 'first' });
      i++;
      return true;
    }
    if (c === '"') return readString();
    for (const lit of LITERALS) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return true;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) {
      i = NUMBER.lastIndex;
      return true;
    }
    // A literal cut short (`tru`) is an early end, not a wrong character.
    if (LITERALS.some((l) => l.startsWith(text.slice(i)) && i < text.length)) i = text.length;
    return false;
  };

  skip();
  if (!readValue()) return i;
  for (;;) {
    skip();
    const top = stack[stack.length - 1];
    if (!top) return i < text.length ? i : -1;
    if (i >= text.length) return i;
    const c = text[i]!;
    if (top.want === 'first' || top.want === 'comma') {
      if (c === (top.kind === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      if (top.want === 'comma') {
        if (c !== ',') return i;
        i++;
        top.want = top.kind === '{' ? 'key' : 'value';
        continue;
      }
      top.want = top.kind === '{' ? 'key' : 'value';
    }
    if (top.want === 'key') {
      if (!readString()) return i;
      top.want = 'colon';
    } else if (top.want === 'colon') {
      if (c !== ':') return i;
      i++;
      top.want = 'value';
    } else {
      top.want = 'comma';
      if (!readValue()) return i;
    }
  }
}
