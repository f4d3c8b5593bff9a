import type { Element } from '../../dom/dom';

/**
 * Class names of inline elements that themes show as boxes of their own, beside or below their
 * neighbours: buttons, and the date, author and excerpt lines of post lists. In the HTML they
 * often touch the text before them (`nerves.<a class="vc_btn3">Read More</a>`,
 * `…2024</a><time class="wp-block-latest-posts__post-date">`), which a browser never shows run
 * together.
 */
const OWN_BOX = /(?:^|[-_])(?:btn\d*|button|read-more|more-link|post-date|post-author|post-excerpt|comment-date|entry-date|posted-on|byline)(?:$|[-_])/i;

/**
 * True when `el` is shown as a box of its own (see `OWN_BOX`): read as inline text, it still
 * ends a word, a space each side.
 *
 * @example showsAsOwnBox(<time class="wp-block-latest-posts__post-date">) // → true
 */
export function showsAsOwnBox(el: Element): boolean {
  // Every inline element with a class is asked: without one of the words in the whole
  // attribute, no class of it can be one (a property test holds the two equal).
  const cls = el.attribs.class;
  return cls !== undefined && OWN_BOX_WORD.test(cls) && showsAsOwnBoxByClass(el);
}

// The words of `OWN_BOX`, anywhere: what each class must contain to match it.
const OWN_BOX_WORD = /btn|button|read-more|more-link|post-date|post-author|post-excerpt|comment-date|entry-date|posted-on|byline/i;

/** The definition `showsAsOwnBox` stands in front of: each class against `OWN_BOX`. */
export function showsAsOwnBoxByClass(el: Element): boolean {
  const cls = el.attribs.class;
  return cls !== undefined && cls !== '' && cls.split(/\s+/).some((c) => OWN_BOX.test(c));
}
