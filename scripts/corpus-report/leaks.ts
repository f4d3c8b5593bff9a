/** Class names builders print; in output markup or text they mean the builder leaked. */
export const BUILDER_CLASS = /\b(?:elementor-[a-z]|e-con\b|et_pb_|et-pb-|vc_[a-z]|wpb_|wp-block-|fl-(?:row|col|module|node|builder|heading|rich-text|photo|button)\b|so-panel|panel-grid|siteorigin-|brxe-|ct-(?:section|div-block|text-block|headline)\b|oxy-|themify_|module_row|tb_[a-z0-9]{7}\b|col-inner|gap-element)/;

/** Which kinds of builder residue an article's html or Markdown still holds. */
export interface Leaks {
  builderClass: boolean;
  dataAttribute: boolean;
  inlineStyle: boolean;
  shortcode: boolean;
}

/**
 * Looks for residue in markup (any tag carrying a builder class, a `data-` attribute or a
 * `style`) and in text (a builder class name or a shortcode the source's visible text does not
 * have: words an author wrote about `[gallery]` are content, not residue).
 */
export function findLeaks(html: string, markdown: string, text: string, source: { text: string; code: string }): Leaks {
  const tags = [...`${html}\n${markdown}`.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
  const sourceAll = `${source.text} ${source.code}`;
  const classInText = BUILDER_CLASS.exec(text);
  const shortcodes = [...text.matchAll(/\[\/[a-z_][\w-]*\]|\[[a-z_][\w-]*(?:\s+[\w-]+=[^\]]*)\]|\[(?:[a-z]+_[\w-]+)\]|@ET-DC@/gi)].map((m) => m[0]);
  return {
    builderClass: tags.some((t) => BUILDER_CLASS.test(t)) || (classInText !== null && !sourceAll.includes(classInText[0])),
    dataAttribute: tags.some((t) => /\sdata-[\w-]+\s*=/.test(t)),
    inlineStyle: tags.some((t) => /\sstyle\s*=/.test(t)),
    shortcode: shortcodes.some((s) => !source.code.includes(s)),
  };
}
