import { BIDI_CONTROLS } from './safe-file-name';

const UNPRINTABLE = new RegExp(`[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROLS}]`, 'g');

/**
 * Text from the input made safe to print on a terminal: C0 and C1 control characters (ESC and
 * CSI start escape sequences that move the cursor, retitle the window or rewrite what is shown),
 * DEL, bidirectional controls and line or paragraph separators are shown escaped (`\x1b`,
 * `\u202e`) instead of acting. Tabs stay; line breaks are escaped too, so one report stays one line.
 *
 * @example printable('bad \x1b[2Jtitle') // → 'bad \\x1b[2Jtitle'
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}
