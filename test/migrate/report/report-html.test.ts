import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { buildReport, fileHref, reportHtml, reportView, reportWarningKinds, showControls, webHref, type ReportView } from '../../../src/migrate/report';
import { scriptJson } from '../../../src/migrate/report/script-json';
import type { MigrateReport } from '../../../src/migrate/schema';
import { HOSTILE, hostileItems, media, redirects, sampleItems, sampleMedia } from './report-fixture';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function hostileReport(): MigrateReport {
  return buildReport({
    layout: 'hugo', permalinks: 'keep', site: 'javascript:alert(1)', items: [...sampleItems(), ...hostileItems()],
    media: [...sampleMedia(), media('javascript:alert(1)', { status: 'failed', error: HOSTILE.closeScript })], redirects,
  });
}

// The page as a browser builds it (parse5 follows the WHATWG parsing algorithm).
function elements(html: string): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [parse(html) as unknown as Node];
  while (stack.length) {
    const n = stack.pop()!;
    if ('tagName' in n) out.push(n);
    // Children pushed last first, so elements come out in document order.
    if ('content' in n && n.content) stack.push(n.content as unknown as Node);
    if ('childNodes' in n) stack.push(...(n.childNodes as Node[]).slice().reverse());
  }
  return out;
}

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value ?? null;
const text = (e: Element) => e.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

describe('reportHtml', () => {
  const report = hostileReport();
  const html = reportHtml(report);
  const all = elements(html);
  const scripts = all.filter((e) => e.tagName === 'script');

  it('has exactly its two script elements: the JSON data and its own code', () => {
    expect(scripts.map((s) => attr(s, 'type'))).toEqual(['application/json', null]);
    expect(scripts.map((s) => attr(s, 'id'))).toEqual(['report-data', null]);
  });

  it('carries the data through the JSON block unchanged, hostile strings included', () => {
    const view = JSON.parse(text(scripts[0]!)) as ReportView;
    expect(view).toEqual(JSON.parse(JSON.stringify(reportView(report, reportWarningKinds))));
    const titles = view.rows.map((r) => r.title);
    for (const s of [HOSTILE.closeScript, HOSTILE.closeScriptUpper, HOSTILE.bidi, HOSTILE.lineSeparators, HOSTILE.comment]) expect(titles).toContain(s);
    expect(text(scripts[0]!)).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('sets no event handler, loads nothing, and links only http(s) URLs and relative files', () => {
    for (const e of all) for (const a of e.attrs) expect(a.name).not.toMatch(/^on/i);
    expect(all.filter((e) => attr(e, 'src') !== null || e.tagName === 'link' || e.tagName === 'iframe' || e.tagName === 'img')).toEqual([]);
    const hrefs = all.map((e) => attr(e, 'href')).filter((h) => h !== null);
    for (const h of hrefs) expect(h).toMatch(/^(https?:\/\/|[^:/\\]+(\/|$))/);
    expect(all.filter((e) => e.tagName === 'b' && text(e) === 'bold')).toEqual([]);
  });

  it('allows, by its Content-Security-Policy, only its own style and script', () => {
    const meta = all.find((e) => attr(e, 'http-equiv') === 'Content-Security-Policy')!;
    const style = all.find((e) => e.tagName === 'style')!;
    expect(attr(meta, 'content')).toBe(`default-src 'none'; script-src '${sha(text(scripts[1]!))}'; style-src '${sha(text(style))}'; base-uri 'none'; form-action 'none'`);
  });

  it('escapes every text it writes itself (chart labels, codes, errors)', () => {
    const chart = all.find((e) => e.tagName === 'svg')!;
    const labels = elements(html).filter((e) => e.tagName === 'text' && attr(e, 'class') === 'label').map(text);
    expect(labels).toContain('</script><script>window.__pwn…');
    expect(attr(chart, 'role')).toBe('img');
    expect(all.filter((e) => e.tagName === 'title').map(text)).toContain(`${HOSTILE.closeScript}: 1`);
  });

  it('has a script that parses, without the browser (the browser test runs it)', () => {
    expect(() => new Function(text(scripts[1]!))).not.toThrow();
    expect(text(scripts[1]!)).not.toContain('${');
  });

  it('writes the same bytes for the same report', () => {
    expect(reportHtml(hostileReport())).toBe(html);
  });

  it('states the totals and the kinds in the page itself, readable without script', () => {
    const plain = reportHtml(buildReport({ layout: 'hugo', permalinks: 'keep', site: 'https://example.org', items: sampleItems(), media: sampleMedia(), redirects }));
    const figures = Object.fromEntries(elements(plain).filter((e) => e.tagName === 'dt').map((dt) => [text(dt), '']));
    expect(Object.keys(figures)).toEqual(expect.arrayContaining(['Posts', 'Pages', 'Converted', 'Failed', 'Warnings', 'Dangling links', 'Failed downloads']));
    expect(plain).toContain('<dt>Posts</dt><dd>3</dd>');
    expect(plain).toContain('Unknown shortcodes <b>2</b>');
    expect(plain).toContain('Other warnings <b>1</b>');
    expect(plain).toContain('<title>Migration report: example.org</title>');
  });
});

describe('reportView', () => {
  const view = reportView(hostileReport(), reportWarningKinds);
  const row = (id: number) => view.rows.find((r) => r.id === id)!;

  it('links old URLs only over http(s), and files only by a relative path inside the folder', () => {
    expect([101, 102, 104, 106].map((id) => row(id).oldHref)).toEqual([null, null, null, null]);
    expect([101, 102, 104, 106].map((id) => row(id).fileHref)).toEqual([null, null, null, null]);
    expect(row(105).oldHref).toBe('https://example.org/%22onmouseover=%22window.__pwned=6');
    expect(row(105).fileHref).toBe('content/posts/a%22b%3Cc%3E%23%3Fd/index.md');
    expect(row(1).fileHref).toBe('content/posts/1/index.md');
  });

  it('shows the hidden characters of URLs and files, and keeps titles as they are', () => {
    expect(row(103).oldUrl).toBe('https://example.org/<U+202E>gpj.exe/');
    expect(row(103).file).toBe('content/posts/<U+202E>txt.exe/index.md');
    expect(row(103).oldHref).toBe('https://example.org/%E2%80%AEgpj.exe/');
    expect(row(103).title).toBe(HOSTILE.bidi);
  });

  it('counts each kind per row and lists the codes by frequency', () => {
    expect(row(1).kinds).toEqual([2, 0, 0, 0, 1]);
    expect(row(2).kinds).toEqual([0, 1, 0, 1, 1]);
    expect(row(2).total).toBe(3);
    expect(view.codes[0]).toEqual(['dangling_link', 4]);
    expect(view.dangling.find((d) => d.href === 'https://example.org/gone/')!.items).toEqual([{ id: 1, title: 'Hello world' }, { id: 2, title: 'A video post' }]);
    expect(view.mediaFailed.find((m) => m.url === 'javascript:alert(1)')!.href).toBeNull();
  });
});

describe('safe hrefs and text', () => {
  it('webHref keeps http(s) only', () => {
    expect(webHref('https://example.org/a b/')).toBe('https://example.org/a%20b/');
    expect(webHref('HTTP://Example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', '/relative', '//example.org/x', 'mailto:a@b.c', '', null]) expect(webHref(bad)).toBeNull();
  });

  it('fileHref encodes each segment and refuses paths that are absolute or climb out', () => {
    expect(fileHref('content/posts/ça va/index.md')).toBe('content/posts/%C3%A7a%20va/index.md');
    expect(fileHref('content/a:b/index.md')).toBe('content/a%3Ab/index.md');
    expect(fileHref('javascript:alert(1)')).toBe('javascript%3Aalert(1)');
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'a//b', 'a/./b', 'C:\\x', '', null]) expect(fileHref(bad)).toBeNull();
  });

  it('showControls makes invisible characters visible', () => {
    expect(showControls('a\u202Eb\u200Bc\u0000d\u2066e\ufeff')).toBe('a<U+202E>b<U+200B>c<U+0000>d<U+2066>e<U+FEFF>');
    expect(showControls('plain — ünïcode 日本')).toBe('plain — ünïcode 日本');
  });

  it('scriptJson round-trips through JSON.parse with nothing that can close a script', () => {
    const value = { s: Object.values(HOSTILE).join('|') };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
