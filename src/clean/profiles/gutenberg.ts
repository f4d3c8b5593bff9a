import type { Profile } from '../profile';

/** The block editor: `wp-block-*` classes in the rendered HTML, `<!-- wp:… -->` comments in `content.raw`. */
export const gutenberg: Profile = {
  name: 'gutenberg',
  priority: 10,
  detect: ({ html }) => html.includes('wp-block-') || html.includes('<!-- wp:'),
  rules: [{ name: 'gutenberg-spacer', match: { classes: ['wp-block-spacer'] }, action: 'drop' }],
};
