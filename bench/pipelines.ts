import { parseDocument } from 'htmlparser2';
import { loadLibrary } from './library';

/**
 * The floor: what any converter must do at least, read the JSON and parse the content HTML
 * once (htmlparser2, the fastest forgiving parser in the table).
 */
export function floor(json: string): void {
  const post = JSON.parse(json) as { content?: { rendered?: string } };
  parseDocument(post.content?.rendered ?? '', { decodeEntities: true });
}

/** unpress end to end: `parsePost` (html and text included) then `toMarkdown` with front matter. */
export async function loadUnpress(): Promise<(json: string) => void> {
  // Loaded late so the floor still runs while the library does not build.
  const { parsePost, toMarkdown } = loadLibrary();
  return (json) => {
    toMarkdown(parsePost(json));
  };
}
