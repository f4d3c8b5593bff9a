/** Text for HTML made by a block renderer (titles are stored HTML: `&` is escaped only when bare). */
export function html(text: string): string {
  return text.replace(/&(?![a-zA-Z][a-zA-Z0-9]*;|#\d+;|#x[0-9a-fA-F]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
