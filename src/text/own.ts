/**
 * `table[key]` when `key` is the table's own property, else undefined. Every lookup table
 * indexed by input (tag names, plugin keys, providers, widget settings) goes through here: a
 * plain object also "has" `constructor`, `toString` and the rest of `Object.prototype`, and a
 * `<constructor>` element then found a block handler (the Object function) and crashed the post.
 *
 * @example own({ strong: '**' }, 'constructor') // → undefined
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
