/** Input nested deeper than this is never content; cutting it keeps `JSON.stringify` (recursive) alive. */
export const MAX_JSON_DEPTH = 200;

type Container = Record<string, unknown> | unknown[];

/**
 * A JSON value that is safe to walk and to copy: own `__proto__` keys (which `JSON.parse`
 * creates, and which `Object.assign` or `obj[key] = …` would turn into a prototype) are
 * removed, and containers nested deeper than `MAX_JSON_DEPTH` become `null`. The value is
 * returned as it is when it needs neither (the common case, no copy); otherwise a plain copy is
 * made, so the caller's object is never changed. Iterative: any depth costs no stack.
 *
 * @example sanitizeJson(JSON.parse('{"id":1,"__proto__":{"x":1}}')) // → { id: 1 }
 */
export function sanitizeJson<T>(value: T): T {
  return needsCopy(value) ? (copy(value) as T) : value;
}

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null && !ArrayBuffer.isView(v);
}

function needsCopy(root: unknown): boolean {
  if (!isContainer(root)) return false;
  const seen = new Set<object>();
  const stack: [Container, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (depth >= MAX_JSON_DEPTH) return true;
    if (!Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, '__proto__')) return true;
    for (const v of Array.isArray(node) ? node : Object.values(node)) if (isContainer(v)) stack.push([v, depth + 1]);
  }
  return false;
}

// A plain deep copy (objects get Object.prototype, keys are defined, never assigned through
// setters). Shared sub-values stay shared and cycles stay cycles, so the copy is as big as the input.
function copy(root: unknown): unknown {
  if (!isContainer(root)) return root;
  const made = new Map<object, Container>();
  const fresh = (src: Container): Container => (Array.isArray(src) ? new Array<unknown>(src.length) : {});
  const out = fresh(root);
  made.set(root, out);
  const stack: [Container, Container, number][] = [[root, out, 0]];
  while (stack.length) {
    const [src, dst, depth] = stack.pop()!;
    const entries: [string | number, unknown][] = Array.isArray(src) ? src.map((v, i) => [i, v]) : Object.entries(src);
    for (const [k, v] of entries) {
      if (k === '__proto__') continue;
      let value: unknown = v;
      if (isContainer(v)) {
        const known = made.get(v);
        if (known) value = known;
        else if (depth + 1 >= MAX_JSON_DEPTH) value = null;
        else {
          const c = fresh(v);
          made.set(v, c);
          stack.push([v, c, depth + 1]);
          value = c;
        }
      }
      Object.defineProperty(dst, k, { value, writable: true, enumerable: true, configurable: true });
    }
  }
  return out;
}
