import type { Warning } from '../../../src/schema/article';
import type { MediaEntry, Redirect, ReportItem } from '../../../src/migrate/schema';

/** One report item; every field given a plain value unless overridden. */
export function item(overrides: Partial<ReportItem> & { id: number | null }): ReportItem {
  return {
    type: 'post',
    title: `Post ${overrides.id}`,
    editor: 'gutenberg',
    words: 100,
    outcome: 'converted',
    oldUrl: `https://example.org/${overrides.id}/`,
    newUrl: `/${overrides.id}/`,
    file: `content/posts/${overrides.id}/index.md`,
    error: null,
    warnings: [],
    ...overrides,
  };
}

export function warning(code: string, path: string | null = null, message = `A ${code} warning`): Warning {
  return { code, message, path };
}

/** One media entry, `listed` unless overridden. */
export function media(url: string, overrides: Partial<MediaEntry> = {}): MediaEntry {
  return {
    url, seen: [url], kind: 'image', alt: null, caption: null, width: null, height: null, posts: [1],
    local: null, status: 'listed', bytes: null, sha256: null, contentType: null, error: null, ...overrides,
  };
}

export const redirects: Redirect[] = [
  { from: '/?p=1', to: '/1/', status: 301 },
  { from: '/?p=2', to: '/2/', status: 301 },
];

/** A small site, hand-written: posts, pages, an attachment, a failed item, a resumed one. */
export function sampleItems(): ReportItem[] {
  return [
    item({ id: 3, title: 'Our team', type: 'page', editor: 'elementor', words: 420, file: 'content/about-us/our-team/index.md', warnings: [warning('dropped_form', 'form'), warning('dangling_link', 'https://example.org/old-staff/')] }),
    item({ id: 1, title: 'Hello world', words: 250, warnings: [warning('unknown_shortcode', '[gallery_pro]'), warning('unknown_shortcode', '[toc]'), warning('dangling_link', 'https://example.org/gone/')] }),
    item({ id: 2, title: 'A video post', editor: 'classic', words: 80, warnings: [warning('dropped_embed', 'u-embed'), warning('media_failed', 'https://example.org/wp-content/uploads/2024/01/clip.jpg'), warning('dangling_link', 'https://example.org/gone/')] }),
    item({ id: 9, title: null, type: null, editor: null, words: 0, outcome: 'failed', oldUrl: null, newUrl: null, file: null, error: { code: 'invalid_post', message: 'content.rendered is not a string' } }),
    item({ id: 5, title: 'Kept from last run', words: 1200, outcome: 'unchanged', warnings: [warning('table_spans', 'table')] }),
    item({ id: 7, title: 'Logo', type: 'attachment', editor: 'classic', words: 0 }),
  ];
}

export function sampleMedia(): MediaEntry[] {
  return [
    media('https://example.org/wp-content/uploads/2024/01/photo.jpg', { status: 'downloaded', local: 'static/2024/01/photo.jpg' }),
    media('https://example.org/wp-content/uploads/2024/01/clip.jpg', { status: 'failed', error: 'HTTP 404', posts: [2] }),
    media('https://example.org/wp-content/uploads/2023/12/old.png', { status: 'skipped', local: 'static/2023/12/old.png' }),
    media('https://example.org/wp-content/uploads/2023/12/doc.pdf', { kind: 'file' }),
  ];
}

const CODES = ['unknown_shortcode', 'dropped_embed', 'dropped_form', 'media_failed', 'dangling_link', 'table_spans', 'heading_id_lost', 'dropped_iframe', 'approximated_shortcode'];
const EDITORS = ['gutenberg', 'classic', 'elementor', 'divi', 'wpbakery'];
const WORDS = ['Migration', 'notes', 'from', 'the', 'garden', 'winter', 'recipes', 'travel', 'Lisbon', 'ĉiuj', 'Ελληνικά', 'Ünïcode'];

/** `n` items (ids from `first`) drawn from a fixed seed: the same list every call, varied enough to sort and filter. */
export function manyItems(n: number, first = 1): ReportItem[] {
  // mulberry32: small, and its low bits vary (a plain LCG's do not).
  let seed = 26;
  const next = (m: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % m;
  };
  const out: ReportItem[] = [];
  for (let id = first; id < first + n; id++) {
    const warnings = Array.from({ length: next(4) === 0 ? next(6) : 0 }, () => warning(CODES[next(CODES.length)]!, `https://example.org/p/${next(400)}/`));
    const title = Array.from({ length: 2 + next(5) }, () => WORDS[next(WORDS.length)]).join(' ');
    const failed = next(50) === 0;
    out.push(item({ id, title, type: next(5) === 0 ? 'page' : 'post', editor: EDITORS[next(EDITORS.length)]!, words: next(3000), outcome: failed ? 'failed' : 'converted', warnings, error: failed ? { code: 'invalid_post', message: 'Broken JSON' } : null }));
  }
  return out;
}

/** Strings that try to leave the JSON block, run script, fake a link, or reorder what is shown. */
export const HOSTILE = {
  closeScript: '</script><script>window.__pwned = 1</script>',
  closeScriptUpper: '</SCRIPT ><img src=x onerror="window.__pwned = 2">',
  comment: '<!--<script>',
  tags: '<img src=x onerror="window.__pwned = 3"><b>bold</b>&amp;',
  bidi: 'invoice \u202Egpj.exe\u202C done \u2066isolate',
  lineSeparators: 'a\u2028b\u2029c',
  lone: 'broken \ud800 surrogate',
};

/** Items whose every text is hostile: titles, URLs, files, types, editors, warnings, errors. */
export function hostileItems(): ReportItem[] {
  return [
    item({ id: 101, title: HOSTILE.closeScript, oldUrl: 'javascript:window.__pwned=4', file: '../../etc/passwd', warnings: [warning('dangling_link', 'javascript:alert(1)//</script>', HOSTILE.tags)] }),
    item({ id: 102, title: HOSTILE.closeScriptUpper, oldUrl: ' JaVaScRiPt:alert(1)', file: '/etc/passwd', type: HOSTILE.tags, editor: HOSTILE.comment }),
    item({ id: 103, title: HOSTILE.bidi, oldUrl: 'https://example.org/\u202Egpj.exe/', file: 'content/posts/\u202Etxt.exe/index.md', warnings: [warning('unknown_shortcode', HOSTILE.bidi, HOSTILE.closeScript)] }),
    item({ id: 104, title: HOSTILE.lineSeparators, oldUrl: 'data:text/html,<script>window.__pwned=5</script>', file: 'C:\\Windows\\x.md', warnings: [warning(HOSTILE.closeScript, null, '<b>')] }),
    item({ id: 105, title: HOSTILE.lone, oldUrl: 'https://example.org/"onmouseover="window.__pwned=6', file: 'content/posts/a"b<c>#?d/index.md', outcome: 'failed', error: { code: HOSTILE.tags, message: HOSTILE.closeScript } }),
    item({ id: 106, title: HOSTILE.comment, oldUrl: 'vbscript:msgbox(1)', file: 'content/./x.md' }),
  ];
}
