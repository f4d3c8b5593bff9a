import { findElement, textOf } from '../../../dom/dom';
import type { BlockHandler } from '../block-handler';

const LANG = [/\blanguage-([\w+#-]+)/, /\blang-([\w+#-]+)/, /\bbrush:\s*([\w+#-]+)/, /\bhljs\s+([\w+#-]+)/];

/** `pre` (with or without `code`) → code, whitespace kept exactly, language from the class names. */
export const code: BlockHandler = (el) => {
  const inner = findElement(el, (e) => e.name === 'code');
  // Enlighter keeps the language in its own attribute (`<pre class="EnlighterJSRAW" data-enlighter-language="python">`).
  const attrLang = el.attribs['data-lang'] ?? el.attribs['data-enlighter-language'];
  const classes = `${el.attribs.class ?? ''} ${inner?.attribs.class ?? ''} ${attrLang ? `language-${attrLang}` : ''}`;
  const language = LANG.map((re) => re.exec(classes)?.[1]).find(Boolean)?.toLowerCase() ?? null;
  // The parser decoded entities once, as a browser does: `&amp;lt;` in the markup is the
  // text `&lt;` on the page (code that shows an entity), kept as it is.
  const text = textOf(el);
  // Leading blank lines go (all of them: a parser eats one after `<pre>`, so keeping the rest
  // would make reading `article.html` again lose another).
  const trimmed = text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  return trimmed ? [{ type: 'code', language, text: trimmed }] : [];
};
