import type { Profile } from '../profile';

/** The classic editor (wpautop paragraphs, `wp-caption`, shortcode output); the fallback for plain HTML. */
export const classic: Profile = {
  name: 'classic',
  priority: 0,
  detect: ({ html }) => /<p[\s>]/.test(html) || html.includes('wp-caption') || html.includes('<br'),
  rules: [],
};
