import type { Layout } from '../layout';
import type { LayoutName } from '../schema';
import { plainLayout } from './plain';

/** The built-in layouts by name. (Minimal; the layouts piece owns this file.) */
export const layouts: Partial<Record<LayoutName, Layout>> = { plain: plainLayout };
