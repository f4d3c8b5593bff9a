import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildReport, reportHtml } from '../../../src/migrate/report';
import type { MigrateReport } from '../../../src/migrate/schema';
import { HOSTILE, hostileItems, manyItems, redirects, sampleItems, sampleMedia } from './report-fixture';

// Debian's Chromium (apt-get install chromium); UNPRESS_CHROMIUM points elsewhere.
const CHROMIUM = process.env.UNPRESS_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`report-browser.test.ts skipped: no Chromium at ${CHROMIUM} (install Debian's chromium package or set UNPRESS_CHROMIUM)`);
// docs/report.png is made by this test when asked: UNPRESS_UPDATE_SCREENSHOT=1.
const DOCS_SCREENSHOT = process.env.UNPRESS_UPDATE_SCREENSHOT === '1' ? join(__dirname, '..', '..', '..', 'docs', 'report.png') : null;

jest.setTimeout(120_000);

// What the checks run inside the page use of its globals (the project compiles without the DOM
// library); the casts vanish when Playwright sends the function to the page.
interface Shown {
  textContent: string | null;
}
interface PageGlobals {
  document: { getElementById(id: string): Shown | null; querySelector(selector: string): Shown | null; body: unknown };
  getComputedStyle(element: unknown): { backgroundColor: string };
  __pwned?: number;
}

(HAVE_CHROMIUM ? describe : describe.skip)('report.html in headless Chromium, opened from disk', () => {
  let browser: Browser;
  let dir: string;
  let report: MigrateReport;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unpress-report-'));
    // 10,000 items, then the hostile ones with ids of their own.
    const items = [...manyItems(10_000), ...hostileItems().map((i) => ({ ...i, id: i.id! + 20_000 }))];
    report = buildReport({ layout: 'hugo', permalinks: 'keep', site: 'https://example.org', items, media: sampleMedia(), redirects });
    writeFileSync(join(dir, 'report.html'), reportHtml(report));
    mkdirSync(join(dir, 'content', 'posts', '1'), { recursive: true });
    writeFileSync(join(dir, 'content', 'posts', '1', 'index.md'), '# 1\n');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
    page = await open(browser, join(dir, 'report.html'), 'light', problems);
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rowCount = () => page.locator('#items tbody tr:not(.detail)').count();
  const status = () => page.locator('#status').textContent();
  const column = (n: number) => page.locator(`#items tbody tr:not(.detail) td:nth-child(${n})`).allTextContents();
  const number = (s: string) => Number(s.replace(/[^\d]/g, '') || 0);
  // The status line once it matches: the search box waits for the typing to pause.
  const statusMatching = async (re: RegExp) => {
    await page.waitForFunction(([source, flags]) => new RegExp(source!, flags).test((globalThis as unknown as PageGlobals).document.getElementById('status')!.textContent ?? ''), [re.source, re.flags]);
    return status();
  };
  const headerButton = (label: string) => page.locator('#items thead th button', { hasText: new RegExp(`^${label}$`) });

  it('shows the first page of 10,000 items and the chart, with no console error', async () => {
    expect(await rowCount()).toBe(100);
    expect(await status()).toBe('1–100 of 10,006 items');
    const bars = page.locator('svg.chart g.bar');
    expect(await bars.count()).toBe(Object.keys(report.warningsByCode).length);
    expect((await page.locator('svg.chart').boundingBox())!.height).toBeGreaterThan(100);
    const widths = await page.locator('svg.chart rect').evaluateAll((rects) => rects.map((r) => (r as unknown as { getBBox(): { width: number } }).getBBox().width));
    expect(Math.min(...widths)).toBeGreaterThan(0);
    expect(await page.locator('svg.chart').getAttribute('role')).toBe('img');
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(dir, 'report.png') });
  });

  it('sorts by a column, descending then ascending for numbers, with aria-sort', async () => {
    const words = report.items.map((i) => i.words);
    await headerButton('Words').click();
    expect(await page.locator('#items thead th[aria-sort]').textContent()).toBe('Words');
    expect(await page.locator('#items thead th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const down = (await column(4)).map(number);
    expect(down[0]).toBe(Math.max(...words));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await headerButton('Words').click();
    const up = (await column(4)).map(number);
    expect(up[0]).toBe(Math.min(...words));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await headerButton('Outcome').click();
    expect(new Set(await column(11)).size).toBe(1);
    await headerButton('Outcome').click();
    expect((await column(11))[0]).toBe('failed');
  });

  it('filters by outcome, by warning kind, by a chart bar and by text, and pages through', async () => {
    const failed = report.items.filter((i) => i.outcome === 'failed').length;
    await page.selectOption('#outcome', 'failed');
    expect(await status()).toBe(`1–${Math.min(100, failed)} of ${failed.toLocaleString('en')} items (filtered from 10,006)`);
    expect(new Set(await column(11))).toEqual(new Set(['failed']));
    expect(await page.locator('#items tbody .error-line').first().textContent()).toBe('invalid_post: Broken JSON');
    expect(await page.locator('#items tbody .error-line').count()).toBe(await rowCount());
    await page.selectOption('#outcome', '');

    const dangling = report.items.filter((i) => i.warnings.some((w) => w.code === 'dangling_link')).length;
    await page.selectOption('#warning', { label: 'Dangling links' });
    expect(await status()).toContain(`of ${dangling.toLocaleString('en')} items`);

    const forms = report.items.filter((i) => i.warnings.some((w) => w.code === 'dropped_form')).length;
    await page.locator('svg.chart g.bar[data-code="dropped_form"] rect').click();
    expect(await status()).toContain(`of ${forms.toLocaleString('en')} items`);
    expect(await page.locator('#warning option:checked').textContent()).toMatch(/^dropped_form \(/);
    await page.selectOption('#warning', '');

    await page.fill('#search', 'gpj.exe');
    expect(await statusMatching(/^1–1 of/)).toBe('1–1 of 1 items (filtered from 10,006)');
    expect(await page.locator('#items tbody .title').textContent()).toBe(HOSTILE.bidi);
    await page.fill('#search', '#12');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#items tbody .id')?.textContent === '#12');
    expect(await status()).toBe('1–1 of 1 items (filtered from 10,006)');
    await page.fill('#search', '');
    await statusMatching(/^1–100 of 10,006 items$/);

    // The dangling links come 200 at a time.
    expect(report.dangling.length).toBeGreaterThan(200);
    expect(await page.locator('#dangling tbody tr').count()).toBe(200);
    await page.click('#dangling-more');
    expect(await page.locator('#dangling tbody tr').count()).toBe(Math.min(400, report.dangling.length));

    const first = report.dangling[0]!;
    await page.locator('#dangling tbody tr').first().locator('.item-ref').first().click();
    await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).document.querySelector('#items tbody .id')?.textContent === `#${n}`, first.items[0]!);
    expect(await status()).toBe('1–1 of 1 items (filtered from 10,006)');
    await page.fill('#search', '');
    await statusMatching(/^1–100 of 10,006 items$/);

    await page.click('#next');
    expect(await status()).toMatch(/^101–200 of 10,006/);
    await page.click('#prev');
  });

  it('shows a row’s warnings on demand', async () => {
    await page.fill('#search', '');
    await statusMatching(/^1–100 of 10,006 items$/);
    await headerButton('Warnings').click();
    const most = Math.max(...report.items.map((i) => i.warnings.length));
    await page.locator('#items tbody .toggle').first().click();
    expect(await page.locator('#items tbody tr.detail li').count()).toBe(most);
    expect(await page.locator('#items tbody .toggle').first().getAttribute('aria-expanded')).toBe('true');
  });

  it('runs nothing from the data and links only http(s) old URLs and files inside the folder', async () => {
    const titles: string[] = [];
    const hrefs: string[] = [];
    const details: string[] = [];
    for (let id = 20_101; id <= 20_106; id++) {
      await page.fill('#search', `#${id}`);
      await statusMatching(new RegExp(`^1–1 of 1 items`));
      await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).document.querySelector('#items tbody .id')?.textContent === `#${n}`, id);
      titles.push((await page.locator('#items tbody .title').textContent())!);
      if ((await page.locator('#items tbody .toggle').count()) > 0) await page.locator('#items tbody .toggle').click();
      details.push(...(await page.locator('#items tbody tr.detail li, #items tbody .error-line').allTextContents()));
      hrefs.push(...(await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
    }
    expect(titles).toEqual(hostileItems().map((i) => i.title ?? '(untitled)'));
    expect(details).toEqual(expect.arrayContaining([
      `dangling_link ${HOSTILE.tags} (javascript:alert(1)//</script>)`,
      `unknown_shortcode ${HOSTILE.closeScript} (${HOSTILE.bidi})`,
      `${HOSTILE.closeScript} <b>`,
      `${HOSTILE.tags}: ${HOSTILE.closeScript}`,
    ]));
    expect(await page.locator('#dangling tbody td:first-child').allTextContents()).toContain('javascript:alert(1)//</script>');
    expect(await page.locator('#dangling a, #media-failed a[href^="javascript"]').count()).toBe(0);
    for (const h of hrefs) expect(h).toMatch(/^(https?:\/\/|[^:/\\]+(\/|$))/);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned)).toBeUndefined();
    await page.fill('#search', 'content/posts/1/index.md');
    await statusMatching(/of 1 items/);
    const file = await page.locator('#items tbody a', { hasText: 'content/posts/1/index.md' }).evaluate((a) => (a as unknown as { href: string }).href);
    expect(file).toBe(pathToFileURL(join(dir, 'content', 'posts', '1', 'index.md')).href);
    expect(problems).toEqual([]);
  });

  it('follows the reader’s colour scheme', async () => {
    const dark = await open(browser, join(dir, 'report.html'), 'dark', problems);
    const background = (p: Page) => p.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return g.getComputedStyle(g.document.body).backgroundColor;
    });
    expect(await background(dark)).not.toBe(await background(page));
    await dark.close();
    expect(problems).toEqual([]);
  });

  (DOCS_SCREENSHOT ? it : it.skip)('saves the docs screenshot (docs/report.png)', async () => {
    const sample = buildReport({ layout: 'hugo', permalinks: 'keep', site: 'https://example.org', items: [...sampleItems(), ...manyItems(40, 101)], media: sampleMedia(), redirects });
    writeFileSync(join(dir, 'sample.html'), reportHtml(sample));
    const shown = await open(browser, join(dir, 'sample.html'), 'light', problems, { width: 1280, height: 1440 });
    await shown.screenshot({ path: DOCS_SCREENSHOT! });
    await shown.close();
  });
});

// A page that records every console error or warning, uncaught error and dialog into `problems`.
async function open(browser: Browser, file: string, colorScheme: 'light' | 'dark', problems: string[], viewport = { width: 1280, height: 1000 }): Promise<Page> {
  const page = await browser.newPage({ colorScheme, viewport, locale: 'en-US' });
  page.on('console', (m) => void ((m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`)));
  page.on('pageerror', (e) => void problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => void (problems.push(`dialog: ${d.message()}`), d.dismiss()));
  page.on('request', (r) => void (r.url().startsWith('file:') || problems.push(`request: ${r.url()}`)));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('#items tbody tr');
  return page;
}
