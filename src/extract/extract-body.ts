import type { Document } from '../dom/dom';
import type { Context } from '../context';
import type { Block } from '../schema/block';
import { walkBlocks } from './body/walk-blocks';

/** The body blocks and the subtitle found at their head. */
export interface BodyResult {
  body: Block[];
  subtitle: string | null;
}

/**
 * Turns the clean DOM into body blocks. A heading near the top that repeats the title is
 * dropped (the title has its own field), and a short line right after it, with no sentence
 * ending, is the subtitle (builders put the "lead line" there).
 */
export function extractBody(root: Document, ctx: Context, title: string): BodyResult {
  const body = walkBlocks(root.children, ctx, ctx.options.blockHandlers);
  if (!ctx.options.dropTitleHeading) return { body, subtitle: null };
  const wanted = norm(title);
  const at = wanted ? body.slice(0, 3).findIndex((b) => b.type === 'heading' && norm(b.text) === wanted) : -1;
  if (at < 0) return { body, subtitle: null };
  body.splice(at, 1);
  const next = body[at];
  if (next?.type === 'paragraph' && isLeadLine(next.text)) {
    body.splice(at, 1);
    return { body, subtitle: next.text };
  }
  return { body, subtitle: null };
}

function isLeadLine(text: string): boolean {
  return text.length > 0 && text.length <= 200 && !text.includes('\n') && !/[.!?。！？:…]$/u.test(text);
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
