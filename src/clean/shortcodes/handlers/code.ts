import { Text, createElement } from '../../../dom/dom';
import type { ShortcodeHandler } from '../shortcode-handler';
import { attr, contentText } from './factories';

/**
 * `[sourcecode language="php"]…[/sourcecode]`, `[code lang="js"]…[/code]` (SyntaxHighlighter
 * Evolved and friends) → `<pre><code class="language-X">`, the text exactly as written (the
 * `<br>` and `<p>` that wpautop added are turned back into line breaks).
 */
export const code: ShortcodeHandler = (sc) => {
  const text = contentText(sc.content);
  if (!text.trim()) return null;
  const lang = attr(sc, 'language', 'lang') ?? sc.positional[0]?.replace(/^=/, '') ?? null;
  const codeEl = createElement('code', lang && /^[\w+#-]+$/.test(lang) ? { class: `language-${lang.toLowerCase()}` } : {}, [new Text(text)]);
  return [createElement('pre', {}, [codeEl])];
};
