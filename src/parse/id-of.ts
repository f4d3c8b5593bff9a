/**
 * The id of a post that failed, when it has a usable one (`id`, or WordPress.com's `ID`).
 *
 * @example idOf({ ID: 7 }) // → 7
 */
export function idOf(item: unknown): number | null {
  if (!item || typeof item !== 'object') return null;
  // The item may be the hostile object that failed (a getter or a Proxy trap that throws).
  try {
    const id = (item as { id?: unknown; ID?: unknown }).id ?? (item as { ID?: unknown }).ID;
    return typeof id === 'number' && Number.isInteger(id) ? id : null;
  } catch {
    return null;
  }
}
