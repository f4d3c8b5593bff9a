import type { ReportItem } from '../schema';
import { compareText } from './compare-text';

/**
 * The report's item order: by id (items without one last), then type, old URL, title, file and
 * outcome, so that items gathered in any order (workers finish when they finish) are listed the
 * same way every run.
 *
 * @example items.sort(compareItems) // ids 3, 12, 40, then the items without an id
 */
export function compareItems(a: ReportItem, b: ReportItem): number {
  if (a.id !== b.id) {
    if (a.id === null) return 1;
    if (b.id === null) return -1;
    return a.id - b.id;
  }
  return (
    compareText(a.type ?? '', b.type ?? '') ||
    compareText(a.oldUrl ?? '', b.oldUrl ?? '') ||
    compareText(a.title ?? '', b.title ?? '') ||
    compareText(a.file ?? '', b.file ?? '') ||
    compareText(a.outcome, b.outcome)
  );
}
