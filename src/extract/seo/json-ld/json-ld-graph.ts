import { asObject, type JsonObject } from '../../coerce';
import { typesOf } from './types-of';

/**
 * A flattened JSON-LD graph with its nodes indexed by `@id`, so references can be followed.
 * @example createGraph(nodes).ofType('WebSite')[0]?.name // → 'Aliantis'
 */
export interface JsonLdGraph {
  readonly nodes: readonly JsonObject[];
  /** The node a value stands for: a `{ "@id" }` reference (or an `@id` string) resolved, an inline node as is. */
  resolve(value: unknown): JsonObject | null;
  /** Every node whose `@type` (a string or an array) includes one of `types`, in graph order. */
  ofType(types: ReadonlySet<string> | string): JsonObject[];
}

/**
 * Indexes graph nodes by `@id`. Yoast and Rank Math point from the Article to its author,
 * publisher and image by `@id`; without resolving, `author.name` is usually missing.
 *
 * @example
 * const g = createGraph([{ '@type': 'Person', '@id': '#p', name: 'Ana' }]);
 * g.resolve({ '@id': '#p' })?.name // → 'Ana'
 */
export function createGraph(nodes: readonly JsonObject[]): JsonLdGraph {
  const byId = new Map<string, JsonObject>();
  // Each reader asks for a few types: the types of every node are read once, not per question.
  const types = nodes.map(typesOf);
  for (const node of nodes) {
    const id = node['@id'];
    // The first full node wins: later `{ "@id" }` stubs must not shadow it.
    if (typeof id === 'string' && (!byId.has(id) || Object.keys(byId.get(id)!).length <= 1)) byId.set(id, node);
  }
  return {
    nodes,
    resolve(value) {
      if (typeof value === 'string') return byId.get(value) ?? null;
      const node = asObject(value);
      if (!node) return null;
      const id = node['@id'];
      const target = typeof id === 'string' ? byId.get(id) : undefined;
      // An inline node with its own `@id` may add or repeat a few fields (`{ name, @id }`).
      return target && target !== node ? { ...target, ...node } : node;
    },
    ofType(wanted) {
      const out: JsonObject[] = [];
      nodes.forEach((node, i) => {
        if (types[i]!.some((t) => (typeof wanted === 'string' ? t === wanted : wanted.has(t)))) out.push(node);
      });
      return out;
    },
  };
}
