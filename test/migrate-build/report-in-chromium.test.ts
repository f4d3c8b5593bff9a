import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { migrate } from '../../src/migrate/migrate';
import type { MigrateReport } from '../../src/migrate/schema';
import { HOSTILE_TITLE, hostilePost } from './hostile-post-written';

// The report of a real migration (the test WordPress, with a hostile post), opened from disk in
// Debian's Chromium: it shows every item, links each new file that exists, runs without errors or
// requests, and is saved as a screenshot (its path printed; UNPRESS_KEEP_BUILD keeps the folder).
const url = process.env.UNPRESS_WP_URL;
const exportDir = process.env.UNPRESS_WP_EXPORT;
const CHROMIUM = process.env.UNPRESS_CHROMIUM ?? '/usr/bin/chromium';
const ready = !!url && !!exportDir && existsSync(CHROMIUM);
if (!ready) test.skip(`report.html of a real migration in Chromium: needs the test WordPress (UNPRESS_WP_URL) and Chromium at ${CHROMIUM}`, () => undefined);

jest.setTimeout(180_000);

(ready ? describe : describe.skip)('report.html of the real WordPress, in headless Chromium', () => {
  let out: string;
  let browser: Browser;
  let report: MigrateReport;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'unpress-report-real-'));
    report = await migrate([join(exportDir!, 'all.xml'), [hostilePost(url!)]], { out, layout: 'hugo', downloadMedia: true, media: { retries: 0 } });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  });
  afterAll(async () => {
    await browser?.close();
    if (!process.env.UNPRESS_KEEP_BUILD) rmSync(out, { recursive: true, force: true });
  });

  it('shows every item with a link to its file, and runs without errors or requests', async () => {
    const problems: string[] = [];
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 }, locale: 'en-US' });
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    page.on('pageerror', (e) => void problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => void (r.url().startsWith('file:') || problems.push(`request: ${r.url()}`)));
    await page.goto(pathToFileURL(join(out, 'report.html')).href);
    await page.waitForSelector('#items tbody tr');
    expect(await page.locator('#status').textContent()).toContain(`of ${report.totals.items} items`);
    // The hostile title is text in the table, never markup.
    expect(await page.getByText(HOSTILE_TITLE, { exact: false }).count()).toBeGreaterThan(0);
    const files = await page.locator('#items tbody a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const local = files.filter((h) => !/^https?:/.test(h));
    expect(local.length).toBe(report.items.filter((i) => i.file).length);
    for (const href of local) expect(existsSync(join(out, decodeURIComponent(href)))).toBe(true);
    const shot = join(out, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot)).toBe(true);
    console.log(`report.html screenshot: ${shot}`);
    expect(problems).toEqual([]);
  });
});
