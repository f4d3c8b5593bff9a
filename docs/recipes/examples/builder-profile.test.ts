// The code of docs/recipes/write-a-builder-profile.md, run by `npm test` so the recipe stays true.
import { createElement, parsePost, type Profile } from 'unpress';

/** A profile for "Acme Builder": rows and columns are layout, callouts are quotes, share bars are noise. */
export const acme: Profile = {
  name: 'acme',
  reports: 'unknown',
  priority: 10,
  detect: ({ classNames }) => /(^|\s)acme-row\b/m.test(classNames),
  rules: [
    { name: 'acme-layout', match: { classes: ['acme-row', 'acme-col'] }, action: 'unwrap' },
    { name: 'acme-share', match: { classes: ['acme-share'] }, action: 'drop', warn: 'share_buttons_dropped' },
    {
      name: 'acme-callout',
      match: { classes: ['acme-callout'] },
      // Whatever the transform returns is cleaned again, so the callout's own markup needs no care.
      action: (el) => [createElement('blockquote', {}, [...el.children])],
    },
  ],
};

const post = {
  id: 42,
  slug: 'acme',
  link: 'https://example.org/acme/',
  title: { rendered: 'Built with Acme' },
  content: {
    rendered:
      '<div class="acme-row"><div class="acme-col"><h2>Why</h2><p>Because.</p>' +
      '<div class="acme-callout"><p>Quote me.</p></div>' +
      '<div class="acme-share"><a href="https://twitter.com/share">Tweet</a></div></div></div>',
  },
};

test('the profile turns the builder markup into plain blocks', () => {
  const article = parsePost(post, { profiles: [acme] });
  expect(article.body.map((b) => b.type)).toEqual(['heading', 'paragraph', 'quote']);
  expect(article.html).not.toContain('acme-');
  expect(article.text).not.toContain('Tweet');
  expect(article.warnings.map((w) => w.code)).toContain('share_buttons_dropped');
});
