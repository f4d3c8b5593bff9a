import type { Context } from '../../context';
import { fromGraph } from './json-ld/from-graph';
import type { SeoPartial } from './seo-rule';

/**
 * JSON-LD found inside the post content (`ctx.contentJsonLd`: Elementor and Yoast FAQ blocks,
 * How-to blocks). Entries may be parsed values or the raw script text; text that is not JSON is
 * skipped with an `invalid_json_ld` warning.
 *
 * @example fromContentJsonLd(ctx)?.faq // → [{ question: '…', answer: '…' }]
 */
export function fromContentJsonLd(ctx: Context): SeoPartial | null {
  const values: unknown[] = [];
  for (const entry of ctx.contentJsonLd ?? []) {
    if (typeof entry !== 'string') {
      values.push(entry);
      continue;
    }
    try {
      values.push(JSON.parse(entry));
    } catch {
      ctx.warn('invalid_json_ld', 'A JSON-LD script in the content is not valid JSON; it was skipped.', 'content.rendered');
    }
  }
  return values.length ? fromGraph(values) : null;
}
