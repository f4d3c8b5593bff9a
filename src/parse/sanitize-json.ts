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
 * `fromText`: the value is what `JSON.parse` just returned, a tree (no container reached twice),
 * so the check need not remember what it has seen (a caller's object may share sub-objects,
 * which would be walked once per path without it).
 *
 * @example sanitizeJson(JSON.parse('{"id":1,"__proto__":{"x":1}}')) // → { id: 1 }
 */
export function sanitizeJson<T>(value: T, fromText = false): T {
  return needsCopy(value, fromText) ? (copy(value) as T) : value;
}

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null && !ArrayBuffer.isView(v);
}

function needsCopy(root: unknown, tree: boolean): boolean {
  if (!isContainer(root)) return false;
  const seen = tree ? null : new Set<object>();
  const nodes: Container[] = [root];
  const depths: number[] = [0];
  while (nodes.length) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    if (depth >= MAX_JSON_DEPTH) return true;
    if (!Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, '__proto__')) return true;
    for (const v of Array.isArray(node) ? node : Object.values(node)) {
      if (!isContainer(v)) continue;
      nodes.push(v);
      depths.push(depth + 1);
    }
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
