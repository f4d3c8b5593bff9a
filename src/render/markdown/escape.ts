/** What to escape: plain Markdown, or MDX (where `{`, `}`, `<` and `>` are syntax too). */
export interface EscapeOptions {
  mdx?: boolean;
}

/**
 * Escapes text so Markdown reads it literally, touching only what would change its meaning:
 * `snake_case`, `[[wiki links]]`, prices (`$5`) and dates stay as they are, while `*emphasis*`,
 * `` `code` ``, `<tags>`, `[text](url)`, entities and line-start markers are escaped.
 *
 * @example escapeMarkdown('snake_case costs *$5*') // → 'snake_case costs \\*$5\\*'
 */
export function escapeMarkdown(text: string, options: EscapeOptions = {}): string {
  let s = text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\');
  s = s.replace(/[*`]/g, '\\$&');
  // `_` opens emphasis only at a word edge: keep snake_case, escape _this_.
  s = s.replace(/(^|[^\p{L}\p{N}_])_|_(?=$|[^\p{L}\p{N}_])/gu, (m) => m.replace('_', '\\_'));
  s = s.replace(/~~/g, '\\~\\~');
  s = s.replace(/\](?=[([:])/g, '\\]').replace(/\[\^/g, '\\[^');
  s = s.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  s = options.mdx ? s.replace(/[<>{}]/g, '\\$&') : s.replace(/<(?=[a-z/!?])/gi, '\\<');
  return s;
}

/** Escapes what only matters at the start of a line (headings, quotes, list markers, fences). */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)(#{1,6})(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)>/, '$1\\>')
    .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(=+|-{2,})(\s*)$/, '$1\\$2$3')
    .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\s*)(~~~|```)/, '$1\\$2');
}
