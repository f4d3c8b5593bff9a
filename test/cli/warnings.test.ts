import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { warningLines } from '../../src/cli/warning-lines';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-warnings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

// A reversed list and a table with merged cells: two things Markdown cannot say (render
// warnings), and an iframe from an unknown host (an article warning). The file's name holds an
// escape sequence that would clear the screen.
const html = '<ol reversed><li>Gold</li><li>Silver</li></ol><table><tr><td colspan="2">wide</td></tr><tr><td>a</td><td>b</td></tr></table>'
  + '<iframe src="https://evil.example/x"></iframe>';
const posts = [
  { id: 7, slug: 'podium', title: { rendered: 'Podium' }, content: { rendered: html } },
  { id: 8, slug: 'plain', title: { rendered: 'Plain' }, content: { rendered: '<p>Nothing to say</p>' } },
];
const input = () => {
  const path = join(dir, 'posts\u001b[2J.json');
  writeFileSync(path, JSON.stringify(posts));
  return path;
};

describe('unpress convert: warnings', () => {
  it('counts the article and Markdown warnings of each post in its line', async () => {
    const r = await run(['convert', input(), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/podium\.md \(\w+, 7 words, 3 warnings\)/);
    expect(r.stderr).toMatch(/plain\.md \(\w+, 3 words, 0 warnings\)/);
    expect(r.stderr).not.toContain('⚠');
    // JSON, HTML and text hold the article as it is: only its own warning.
    expect((await run(['convert', input(), '--out', join(dir, 'json'), '--format', 'json'])).stderr).toMatch(/podium\.json \(\w+, 7 words, 1 warning\)/);
  });

  it('lists them with --warnings, with code and place, under the post line, control characters escaped', async () => {
    for (const jobs of ['1', '2']) {
      const r = await run(['convert', input(), '--out', join(dir, `out${jobs}`), '--warnings', '--jobs', jobs]);
      const lines = r.stderr.split('\n');
      const at = lines.findIndex((l) => l.includes('podium.md'));
      expect(lines.slice(at + 1, at + 4)).toEqual([
        '  ⚠ dropped_iframe at iframe: Dropped an iframe from an unknown host: evil.example',
        '  ⚠ list_numbers at body[0]: A list numbered in a way Markdown cannot count (reversed, skipping or negative) was written with its numbers as text',
        '  ⚠ table_spans at body[1]: A table with merged cells was written as the closest GFM table',
      ]);
      expect(r.stderr).toContain('posts\\x1b[2J.json');
      expect(r.stderr).not.toContain('\u001b');
    }
  });

  it('lists them with --quiet and when printing to stdout, naming the post', async () => {
    const quiet = await run(['convert', input(), '--out', join(dir, 'out'), '--warnings', '--quiet']);
    expect(quiet.stderr).toMatch(/^✓ .*podium\.md.*3 warnings\)\n {2}⚠ dropped_iframe/);
    expect(quiet.stderr).not.toContain('plain.md');
    const printed = await run(['convert', input(), '--warnings', '--no-front-matter']);
    expect(printed.stdout).toContain('- 2\\. Gold\n- 1\\. Silver');
    expect(printed.stderr).toMatch(/posts\\x1b\[2J\.json #0 \(id 7\): 3 warnings\n {2}⚠ dropped_iframe/);
    expect(printed.stderr).not.toContain('id 8');
  });
});

describe('warning lines', () => {
  it('show code, path and message; a warning without a path has none', () => {
    expect(warningLines([{ code: 'a', message: 'm', path: 'body[1]' }, { code: 'b', message: 'n', path: null }])).toBe('  ⚠ a at body[1]: m\n  ⚠ b: n\n');
  });
  it('escape what would drive a terminal, in the message and the path', () => {
    expect(warningLines([{ code: 'a', message: 'x\u001b]0;title\u0007', path: 'p\u202e' }])).toBe('  ⚠ a at p\\u202e: x\\x1b]0;title\\x07\n');
  });
});
