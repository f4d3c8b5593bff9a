import type { RenderWarningCode, Warning } from '../../schema/article';

/** What one Markdown render could not say exactly, each with the path of its block. */
export interface RenderWarnings {
  /** The warnings so far, in the order of the blocks. */
  readonly warnings: Warning[];
  /** The path of the block being written (`body[3]`, `body[3].children[0]`), set by the renderer. */
  path: string | null;
  /** Records a warning at the current block. */
  warn(code: RenderWarningCode, message: string): void;
}

/**
 * A warnings collector for one render: made per call, so renders share nothing, and the
 * renderer keeps `path` on the block whose rule runs.
 *
 * @example
 * const w = renderWarnings();
 * w.path = 'body[2]';
 * w.warn('table_spans', 'A table with merged cells was written as the closest GFM table');
 * w.warnings; // → [{ code: 'table_spans', message: '…', path: 'body[2]' }]
 */
export function renderWarnings(): RenderWarnings {
  const w: RenderWarnings = {
    warnings: [],
    path: null,
    warn: (code, message) => void w.warnings.push({ code, message, path: w.path }),
  };
  return w;
}
