/** A group of warning codes the report counts in a column of its own. */
export interface WarningKind {
  /** A short, stable name (`shortcodes`), used in the page's filter values and CSS classes. */
  key: string;
  /** What a person reads (`Unknown shortcodes`). */
  label: string;
  /** The column heading (`Shortcodes`). */
  short: string;
  /** The warning codes it groups. */
  codes: readonly string[];
}

/**
 * The kinds of warning `report.html` shows in columns of their own, as data: what someone moving
 * a site checks first (content the new site will not show, files it will not have, links that
 * lead nowhere). Every other code still counts in an item's warnings and in the chart. Pass your
 * own list to `reportHtml` to show other kinds.
 *
 * @example reportWarningKinds.find((k) => k.key === 'forms')?.codes // → ['dropped_form']
 */
export const reportWarningKinds: readonly WarningKind[] = [
  { key: 'shortcodes', label: 'Unknown shortcodes', short: 'Shortcodes', codes: ['unknown_shortcode', 'approximated_shortcode', 'unresolved_shortcode'] },
  { key: 'embeds', label: 'Dropped embeds and media', short: 'Embeds', codes: ['dropped_embed', 'dropped_iframe', 'dropped_media'] },
  { key: 'forms', label: 'Dropped forms', short: 'Forms', codes: ['dropped_form'] },
  { key: 'downloads', label: 'Failed downloads', short: 'Downloads', codes: ['media_failed'] },
  { key: 'dangling', label: 'Dangling links', short: 'Dangling', codes: ['dangling_link'] },
];
