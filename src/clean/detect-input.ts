import type { DetectInput } from './profile';

/**
 * The `DetectInput` of one post. Every profile tests it, so what several of them need is read
 * from the HTML once, when first asked for.
 */
export class PostMarkup implements DetectInput {
  private classes: string | null = null;

  constructor(
    readonly html: string,
    readonly classList: string[],
    readonly template: string | null,
  ) {}

  get classNames(): string {
    return (this.classes ??= classAttributes(this.html));
  }
}

/**
 * The value of every `class="…"` (or `class='…'`) attribute in `html`, each followed by a line break.
 * A plain search from one `class=` to the next: no regex backtracking through long attribute
 * values, and nothing but the values is kept.
 *
 * @example classAttributes('<p class="a b">x</p><i class=\'c\'>') // → 'a b\nc\n'
 */
export function classAttributes(html: string): string {
  let out = '';
  let at = html.indexOf('class=');
  while (at >= 0) {
    const quote = html[at + 6];
    const start = at + 7;
    const end = quote === '"' || quote === "'" ? html.indexOf(quote, start) : -1;
    if (end < 0) {
      at = html.indexOf('class=', at + 6);
      continue;
    }
    out += `${html.slice(start, end)}\n`;
    at = html.indexOf('class=', end + 1);
  }
  return out;
}
