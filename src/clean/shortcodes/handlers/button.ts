import type { ShortcodeHandler } from '../shortcode-handler';
import { buttonFrom } from './factories';

/** `[button url="…"]Label[/button]` (theme and plugin buttons) → a button. */
export const button: ShortcodeHandler = buttonFrom(['url', 'link', 'href'], ['text', 'label', 'title']);
