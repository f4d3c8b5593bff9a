import type { AnyNode, Element } from '../dom/dom';
import type { Context } from '../context';
import type { Editor } from '../schema/article';

/**
 * What a clean rule applies to. Every given test must pass: `tags` and `classes` match any
 * one of their entries, `classPrefixes` any class starting with one of them, `attrs` requires
 * each attribute (with the given value, or any value for `true`), `test` is free-form.
 */
export interface Matcher {
  /** Tag names, any of which matches (`['div', 'section']`). */
  tags?: string[];
  /** Class names, any of which matches. */
  classes?: string[];
  /** Class name prefixes, any of which matches (`['et_pb_']`). */
  classPrefixes?: string[];
  /** Attributes that must all be present: `true` for any value, a string for exactly that value. */
  attrs?: Record<string, string | true>;
  /** A CSS selector (cheerio's engine, css-select), for what the other tests cannot say. */
  selector?: string;
  /** Free-form; `classes` is the element's class list (`classList(el)`), already read. */
  test?: (el: Element, classes: readonly string[]) => boolean;
}

/**
 * A transform replaces a builder element by canonical markup: it returns the nodes to put in
 * its place (they are walked again), `null` to drop it, or `undefined` to leave it as it is.
 */
export type Transform = (el: Element, ctx: Context) => AnyNode[] | null | undefined;

/** One clean rule: match an element, then drop it, unwrap it (keep its children) or transform it. */
export interface CleanRule {
  /** Names the rule in warnings and lets a user profile replace it. */
  name: string;
  /** Which elements the rule applies to: every test given must pass. */
  match: Matcher;
  /** `drop` removes the element and its content, `unwrap` keeps its content in its place, a transform replaces it. */
  action: 'drop' | 'unwrap' | Transform;
  /** When set, dropping records a warning with this code. */
  warn?: string;
}

/** What a profile looks at to decide whether a post is its builder's. */
export interface DetectInput {
  /** The content HTML as given. */
  html: string;
  /** The post's `class_list` (REST), as a list; empty when the post has none. */
  classList: string[];
  /** The post's page template (`template`); null when not given. */
  template: string | null;
  /**
   * The value of every `class` attribute of the content's elements, in document order, one per
   * line, as the parser read it (entities decoded; not in comments, scripts or text): test a
   * builder's class names here rather than in `html` (a fifth of its length, collected during
   * the one parse of the content). A line starts with the attribute's first class.
   *
   * @example /\bfl-row\b/.test(input.classNames)
   */
  readonly classNames: string;
}

/**
 * A builder or editor described as data: how to recognise its markup and how to clean it.
 * Add a builder by adding a profile, not by editing a function.
 *
 * @example
 * const myBuilder: Profile = {
 *   name: 'unknown',
 *   detect: ({ html }) => html.includes('my-builder-'),
 *   rules: [{ name: 'my-row', match: { classes: ['my-row'] }, action: 'unwrap' }],
 * };
 * parsePost(post, { profiles: [myBuilder] });
 */
export interface Profile {
  /** Names the profile; a user profile with a default profile's name replaces it. */
  name: Editor | (string & {});
  /** Higher runs first and wins `article.editor` when several detect (default 0). */
  priority?: number;
  /**
   * The `article.editor` this profile reports when it wins, for a builder whose name is not in
   * the list (a theme builder reports `'unknown'` rather than let `classic` claim its markup).
   * Default: the profile's name when it is an editor; otherwise the profile does not report.
   */
  reports?: Editor;
  /** Whether the post's content is this builder's. */
  detect: (input: DetectInput) => boolean;
  /** The clean rules run when the profile detects the post. */
  rules: CleanRule[];
}
