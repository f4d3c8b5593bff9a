import { performance } from 'node:perf_hooks';
import { collect } from './measure';

/** One shape of long content: `unit(i)` is repeated until the content reaches the size asked. */
export interface Shape {
  name: string;
  unit: (i: number) => string;
  /** The post field it fills (default `content`); titles and excerpts are timed at 10 KB and 100 KB (under `maxFieldLength`). */
  field?: 'content' | 'title' | 'excerpt';
}

/** Long prose, many headings, many links, many siblings to drop or unwrap, huge table spans: each could hide a quadratic step. */
export function shapes(seedHtml: string): Shape[] {
  return [
    { name: 'seed content repeated', unit: () => seedHtml },
    { name: 'many headings', unit: (i) => `<h2>Heading number ${i}</h2><p>Short paragraph ${i} with <strong>bold</strong> text.</p>` },
    { name: 'many links', unit: (i) => `<p><a href="https://example.org/page/${i}">link ${i}</a> and <a href="/rel/${i}">relative ${i}</a></p>` },
    { name: 'many siblings (flat)', unit: (i) => `<span class="x">word ${i}</span> <script>var a=${i}</script><br>` },
    { name: 'one huge paragraph', unit: (i) => `word${i} <em>emphasis</em> and more plain text here, ` },
    // Each row's cell spans every row below (rows × rows grid positions asked for) and 1000 columns.
    { name: 'table of huge spans', unit: (i) => `${i ? '' : '<table>'}<tr><td rowspan="65534" colspan="1000">cell ${i}</td><td>${i}</td></tr>` },
    // Shortcode-looking text, Hugo-looking braces, entities and brackets: each once reached a
    // quadratic path (YAML's parser deciding how to quote, trailing-space patterns).
    { name: 'shortcodes opened, fewer closed', unit: (i) => (i % 7 < 4 ? '[a]' : '[/a]') },
    { name: '{{‹ runs', unit: () => '{{&lsaquo;' },
    { name: 'spaces before a letter', unit: (i) => (i % 1000 === 999 ? 'x' : '          ') },
    { name: 'title: [ × n', unit: () => '[', field: 'title' },
    { name: 'title: &lsaquo; × n', unit: () => '&lsaquo;', field: 'title' },
    { name: 'title: [a] × n then [/a]', unit: (i) => (i % 7 < 4 ? '[a]' : '[/a]'), field: 'title' },
    { name: 'excerpt: &lsaquo; × n', unit: () => '&lsaquo;', field: 'excerpt' },
    { name: 'excerpt: {{‹ × n', unit: () => '{{&lsaquo;', field: 'excerpt' },
  ];
}

function build(shape: Shape, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const u = shape.unit(i);
    parts.push(u);
    size += u.length;
  }
  return parts.join('');
}

/**
 * Time of one conversion of content of `small` and of `big` bytes (best of `runs`), and the
 * ratio: linear cost means ratio ≈ big/small; the issue allows 12× for 10×.
 */
export function linearity(shape: Shape, base: Record<string, unknown>, convert: (json: string) => void, small = shape.field && shape.field !== 'content' ? 1e4 : 1e6, big = small * 10, runs = 3) {
  const time = (bytes: number) => {
    const json = JSON.stringify({ ...base, [shape.field ?? 'content']: { rendered: build(shape, bytes), protected: false } });
    let best = Infinity;
    for (let r = 0; r < runs; r++) {
      collect();
      const t0 = performance.now();
      convert(json);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  time(small / 10); // warm up the JIT on this shape
  const a = time(small);
  const b = time(big);
  return { name: shape.name, smallMs: a, bigMs: b, ratio: b / a };
}
