import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layouts } from '../../src/migrate/layouts';
import { migrate } from '../../src/migrate/migrate';
import type { LayoutName } from '../../src/migrate/schema';
import { answers, crawlSite, htmlFiles, resolved, servedFile } from './crawl-site';
import { HOSTILE_TITLE, hostilePost } from './hostile-post-written';

// Migrates the real WordPress (test/wordpress/site/start.sh) into each layout, builds it with the
// real generator (Debian's hugo; Eleventy 3 and Astro 5 from test/migrate-build/generators, which
// .ci/run installs), then crawls the built site. Skipped, saying why, without them.
const url = process.env.UNPRESS_WP_URL;
const exportDir = process.env.UNPRESS_WP_EXPORT;
const generators = join(__dirname, 'generators', 'node_modules');
const hasHugo = commandExists('hugo');
const hasNodeGenerators = existsSync(join(generators, '@11ty', 'eleventy')) && existsSync(join(generators, 'astro'));

if (!url || !exportDir) test.skip('migrated sites build: no real WordPress running (start it with `eval "$(test/wordpress/site/start.sh)"`, see README)', () => undefined);
if (!hasHugo) test.skip('migrated sites build with hugo: `hugo` is not installed (apt-get install hugo)', () => undefined);
if (!hasNodeGenerators) test.skip('migrated sites build with Eleventy and Astro: not installed (npm ci --prefix test/migrate-build/generators)', () => undefined);

interface Build {
  layout: LayoutName;
  mdx?: boolean;
  permalinks?: 'keep' | 'layout';
  ready: boolean;
  build(out: string): string;
}

function astroBuild(out: string): string {
  // Each package linked, not the folder: Astro and Vite keep their caches (the content layer's
  // data store among them) in node_modules/, which must be this site's own.
  mkdirSync(join(out, 'node_modules'));
  for (const name of readdirSync(generators)) if (!name.startsWith('.')) symlinkSync(join(generators, name), join(out, 'node_modules', name), 'dir');
  run(process.execPath, [join(generators, 'astro', 'astro.js'), 'build', '--silent'], out);
  return join(out, 'dist');
}

const BUILDS: Record<string, Build> = {
  hugo: { layout: 'hugo', ready: hasHugo, build: (out) => (run('hugo', ['--source', out, '--destination', join(out, 'public'), '--quiet'], out), join(out, 'public')) },
  eleventy: { layout: 'eleventy', ready: hasNodeGenerators, build: (out) => (run(process.execPath, [join(generators, '@11ty', 'eleventy', 'cmd.cjs'), '--quiet'], out), join(out, '_site')) },
  astro: { layout: 'astro', ready: hasNodeGenerators, build: astroBuild },
  'astro (MDX)': { layout: 'astro', mdx: true, ready: hasNodeGenerators, build: astroBuild },
};
// With the layouts' own URLs every old permalink is a redirect in the generator's own form.
for (const name of ['hugo', 'eleventy', 'astro']) BUILDS[`${name} (--permalinks layout)`] = { ...BUILDS[name]!, permalinks: 'layout' };

interface OldPost {
  id: number;
  link: string;
}
let published: OldPost[] = [];
let terms: { taxonomy: string; slug: string; name: string }[] = [];

const any = url && exportDir;
(any ? beforeAll : () => undefined)(async () => {
  const lists = await Promise.all(['posts', 'pages', 'trails'].map(async (t) => (await (await fetch(`${url}/wp-json/wp/v2/${t}?per_page=100&_fields=id,link`)).json()) as OldPost[]));
  published = lists.flat();
  const taxonomies = await Promise.all((['categories', 'tags'] as const).map(async (t) => ((await (await fetch(`${url}/wp-json/wp/v2/${t}?per_page=100&_fields=slug,name,count`)).json()) as { slug: string; name: string; count: number }[]).filter((x) => x.count > 0).map((x) => ({ taxonomy: t === 'tags' ? 'post_tag' : 'category', slug: x.slug, name: cheerio.load(x.name).text() }))));
  terms = taxonomies.flat();
});

for (const [name, generator] of Object.entries(BUILDS)) {
  (any && generator.ready ? describe : describe.skip)(`a real WordPress migrated to ${name}, built, crawled`, () => {
    let out = '';
    let site = '';
    let dangling: string[] = [];
    beforeAll(() => void (out = mkdtempSync(join(tmpdir(), `unpress-build-${generator.layout}-`))));
    afterAll(() => void (process.env.UNPRESS_KEEP_BUILD || rmSync(out, { recursive: true, force: true })));

    it('migrates with media, drafts and a hostile post, and builds', async () => {
      // Drafts, private and future posts are migrated too (not published by the new site, and
      // the build must not break on them: no date, `draft: true`).
      const sources = [join(exportDir!, 'all.xml'), [hostilePost(url!)]];
      const report = await migrate(sources, { out, layout: generator.layout, mdx: generator.mdx ?? false, permalinks: generator.permalinks ?? 'keep', downloadMedia: true, media: { retries: 0 }, statuses: ['publish', 'draft', 'private', 'future'] });
      expect(report.totals.failed).toBe(0);
      dangling = report.dangling.map((d) => d.href);
      expect(report.totals.converted).toBeGreaterThan(5);
      site = generator.build(out);
      expect(existsSync(join(site, 'index.html'))).toBe(true);
      expect(report.items.map((i) => i.title)).toEqual(expect.arrayContaining(['Winter plans', HOSTILE_TITLE]));
    }, 240_000);

    it('shows hostile text as text, and publishes no draft', () => {
      const page = readFileSync(servedFile(site, resolved(site, '/2026/07/hostile-written/') ?? '/missing/')!, 'utf8');
      const $ = cheerio.load(page);
      expect($('h1').first().text()).toBe(HOSTILE_TITLE);
      expect($('script').length).toBe($('script[src], script[type="module"]').length);
      expect($('article, main').text()).toContain('Write {{ title }} and {% raw %} here');
      // The draft, private and future posts' texts are nowhere in the built site.
      for (const file of htmlFiles(site)) expect([file, readFileSync(file, 'utf8')]).not.toEqual([file, expect.stringMatching(/Geese in January|Ask at the quay|Waders come through/)]);
    });

    it('answers every old permalink (the page or a redirect to it)', () => {
      expect(published.length).toBeGreaterThan(5);
      const missing = published.map((p) => new URL(p.link)).filter((u) => !answers(site, u.pathname + u.search)).map((u) => u.href);
      expect(missing).toEqual([]);
    });

    it('builds an archive page for every category and tag with posts, where the layout says it is', () => {
      expect(terms.length).toBeGreaterThan(2);
      const layout = layouts[generator.layout];
      const paths = terms.map((t) => layout.termUrl?.(t.taxonomy, t.slug, t.name) ?? null);
      expect(paths.every((p) => p !== null)).toBe(true);
      expect(paths.filter((p) => !answers(site, p!))).toEqual([]);
    });

    it('resolves every internal link and image inside the new site, none at the old host but reported dangling links', () => {
      const crawl = crawlSite(site, new URL(url!).host);
      expect(crawl.pages).toBeGreaterThan(5);
      // A link to something not migrated (the sample page's `/wp-admin/`) stays, and the report lists it.
      const unreported = crawl.oldHost.filter((ref) => !dangling.includes(ref.slice(ref.indexOf(' → ') + 3)));
      expect({ broken: crawl.broken, oldHost: unreported }).toEqual({ broken: [], oldHost: [] });
    });
  });
}

function run(command: string, args: string[], cwd: string): void {
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', timeout: 180_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? err.message}`);
  }
}

function commandExists(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
