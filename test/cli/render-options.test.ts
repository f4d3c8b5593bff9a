import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

let dir: string;
let input: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-render-options-'));
  input = join(dir, 'post.json');
  writeFileSync(input, JSON.stringify({
    id: 4, type: 'post', slug: 'harbour', date: '2025-03-04T05:06:07', date_gmt: '2025-03-04T04:06:07', status: 'publish', title: { rendered: 'Harbour {lights}' },
    content: { rendered: '<p>Boats &lt; ships.</p><figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure>' },
  }));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('unpress convert: the renderer\'s options', () => {
  it('--front-matter picks a preset, none leaves it out', async () => {
    const hugo = await runCli(['convert', input, '--front-matter', 'hugo']);
    expect(hugo.stdout).toMatch(/^---\n[^]*\ndraft: false\n[^]*---\n/);
    const astro = await runCli(['convert', input, '--front-matter', 'astro']);
    expect(astro.stdout).toContain('pubDate:');
    const none = await runCli(['convert', input, '--front-matter', 'none']);
    expect(none.stdout.startsWith('---')).toBe(false);
    expect((await runCli(['convert', input, '--front-matter', 'wix'])).code).toBe(2);
  });

  it('--format mdx writes MDX (.mdx files), embeds as components', async () => {
    const r = await runCli(['convert', input, '--format', 'mdx', '--out', dir, '-q']);
    expect(r.code).toBe(0);
    const mdx = readFileSync(join(dir, 'harbour.mdx'), 'utf8');
    expect(mdx).toContain('Boats \\< ships.');
    expect(mdx).toMatch(/<YouTube|<Embed/);
  });

  it('--embeds hugo writes Hugo shortcodes', async () => {
    const r = await runCli(['convert', input, '--embeds', 'hugo']);
    expect(r.stdout).toContain('{{< youtube dQw4w9WgXcQ >}}');
  });
});
