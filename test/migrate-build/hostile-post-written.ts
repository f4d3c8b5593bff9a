/**
 * A hand-written REST post for the build test, added to the real WordPress's export: a title
 * and body that generators would read as their own syntax if a layout let them (Liquid and
 * Nunjucks tags, Hugo shortcodes, JSX braces, `</script>`, YAML indicators), so each built site
 * shows them as text. Its old permalink is on the same host as the real site.
 */
export function hostilePost(site: string): Record<string, unknown> {
  return {
    id: 990001,
    type: 'post',
    slug: 'hostile-written',
    status: 'publish',
    link: `${site}/2026/07/hostile-written/`,
    date: '2026-07-05T10:00:00',
    date_gmt: '2026-07-05T09:00:00',
    modified: '2026-07-05T10:00:00',
    modified_gmt: '2026-07-05T09:00:00',
    title: { rendered: HOSTILE_TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') },
    content: {
      rendered: '<p>Write {{ title }} and {% raw %} here, or {{&lt; rawhtml &gt;}}&lt;script&gt;alert(1)&lt;/script&gt;{{&lt; /rawhtml &gt;}}, or {props.x} in JSX.</p>\n<p>Back to <a href="' + site + '/2026/05/terns-at-dusk/">the terns</a>.</p>',
      protected: false,
    },
    excerpt: { rendered: '', protected: false },
  };
}

/** Its title: what every built page must show as text. */
export const HOSTILE_TITLE = 'yes: "{{ site.title }}" {% if x %} <b>{props}</b> </script> ${x}';
