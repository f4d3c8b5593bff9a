/**
 * Text from the input made safe to print on a terminal: control characters (C0 but tab, DEL,
 * C1, and the bidi overrides) are shown as `\u…` escapes, so a post cannot move the cursor,
 * recolour or rewrite the lines around it.
 *
 * @example terminalSafe('evil\u001b[2Jhost') // → 'evil\\u001b[2Jhost'
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
