import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/migrate/migrate';
import type { LayoutName } from '../../src/migrate/schema';
import { answers, crawlSite } from './crawl-site';

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

const BUILDS: Record<'hugo' | 'eleventy' | 'astro', { ready: boolean; build(out: string): string }> = {
  hugo: { ready: hasHugo, build: (out) => (run('hugo', ['--source', out, '--destination', join(out, 'public'), '--quiet'], out), join(out, 'public')) },
  eleventy: { ready: hasNodeGenerators, build: (out) => (run(process.execPath, [join(generators, '@11ty', 'eleventy', 'cmd.cjs'), '--quiet'], out), join(out, '_site')) },
  astro: {
    ready: hasNodeGenerators,
    build(out) {
      symlinkSync(generators, join(out, 'node_modules'), 'dir');
      run(process.execPath, [join(generators, 'astro', 'astro.js'), 'build', '--silent'], out);
      return join(out, 'dist');
    },
  },
};

interface OldPost {
  id: number;
  link: string;
}
let published: OldPost[] = [];

const any = url && exportDir;
(any ? beforeAll : () => undefined)(async () => {
  const lists = await Promise.all(['posts', 'pages', 'trails'].map(async (t) => (await (await fetch(`${url}/wp-json/wp/v2/${t}?per_page=100&_fields=id,link`)).json()) as OldPost[]));
  published = lists.flat();
});

for (const [name, generator] of Object.entries(BUILDS) as [LayoutName, (typeof BUILDS)['hugo']][]) {
  (any && generator.ready ? describe : describe.skip)(`a real WordPress migrated to ${name}, built, crawled`, () => {
    let out = '';
    let site = '';
    let dangling: string[] = [];
    beforeAll(() => void (out = mkdtempSync(join(tmpdir(), `unpress-build-${name}-`))));
    afterAll(() => void (process.env.UNPRESS_KEEP_BUILD || rmSync(out, { recursive: true, force: true })));

    it('migrates with media and builds', async () => {
      const report = await migrate([join(exportDir!, 'all.xml')], { out, layout: name, downloadMedia: true, media: { retries: 0 } });
      expect(report.totals.failed).toBe(0);
      dangling = report.dangling.map((d) => d.href);
      expect(report.totals.converted).toBeGreaterThan(5);
      site = generator.build(out);
      expect(existsSync(join(site, 'index.html'))).toBe(true);
    }, 240_000);

    it('answers every old permalink (the page or a redirect to it)', () => {
      expect(published.length).toBeGreaterThan(5);
      const missing = published.map((p) => new URL(p.link)).filter((u) => !answers(site, u.pathname + u.search)).map((u) => u.href);
      expect(missing).toEqual([]);
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
