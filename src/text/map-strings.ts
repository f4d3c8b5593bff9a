/** What `mapStrings` does with a string: keep it, replace it, or (`undefined`) drop it. */
export type StringMapper = (value: string, key: string | null, path: () => string) => string | undefined;

/**
 * Every string of a JSON value through `map`, copying only the objects and arrays on the way
 * to a change (the value may be the caller's own objects, which are never modified). `key` is
 * the nearest object key above the string (a list's items have the key of the list); `path()`
 * builds the JSON path (`seo.schema[2].logo.url`) only when asked. Recursion is bounded by the
 * input's own depth (`MAX_JSON_DEPTH`).
 *
 * @example mapStrings({ a: ['x', 'y'] }, (s) => (s === 'x' ? undefined : s), 'v') // → { a: ['y'] }
 */
export function mapStrings<T>(value: T, map: StringMapper, root: string): T {
  const at: (string | number)[] = [];
  const path = () => at.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), root);
  return walk(value, null, map, at, path) as T;
}

const DROP = Symbol('drop');

function walk(value: unknown, key: string | null, map: StringMapper, at: (string | number)[], path: () => string): unknown {
  if (typeof value === 'string') return map(value, key, path) ?? DROP;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      at.push(i);
      const v = walk(value[i], key, map, at, path);
      at.pop();
      if (v !== value[i] && !out) out = value.slice(0, i);
      if (out && v !== DROP) out.push(v);
    }
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    let out: Record<string, unknown> | null = null;
    for (const k of Object.keys(node)) {
      at.push(k);
      const v = walk(node[k], k, map, at, path);
      at.pop();
      if (v === node[k]) continue;
      out ??= { ...node };
      if (v === DROP) delete out[k];
      else out[k] = v;
    }
    return out ?? value;
  }
  return value;
}
