import type { CleanRule } from '../../profile';

/**
 * Code block in `content.raw`: core keeps the language only in the block comment
 * (`<!-- wp:code {"language":"php"} -->`); it is moved onto the `<pre>` as `language-php`.
 */
export const codeLanguage: CleanRule = {
  name: 'gutenberg-code-language',
  match: {
    tags: ['pre'],
    test: (el) => {
      let prev = el.prev;
      while (prev && prev.type === 'text' && !/\S/.test((prev as unknown as { data: string }).data)) prev = prev.prev;
      return prev?.type === 'comment' && /^\s*wp:code\s+\{[^}]*"language"\s*:\s*"[\w+#-]+"/.test((prev as unknown as { data: string }).data);
    },
  },
  action: (el) => {
    let prev = el.prev;
    while (prev && prev.type !== 'comment') prev = prev.prev;
    const lang = /"language"\s*:\s*"([\w+#-]+)"/.exec((prev as unknown as { data: string }).data)![1]!;
    el.attribs.class = `${el.attribs.class ?? ''} language-${lang.toLowerCase()}`.trim();
    return undefined;
  },
};
