import { performance } from 'node:perf_hooks';
import { collect } from './measure';

/** One shape of long content: `unit(i)` is repeated until the content reaches the size asked. */
export interface Shape {
  name: string;
  unit: (i: number) => string;
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
export function linearity(shape: Shape, base: Record<string, unknown>, convert: (json: string) => void, small = 1e6, big = 1e7, runs = 3) {
  const time = (bytes: number) => {
    const json = JSON.stringify({ ...base, content: { rendered: build(shape, bytes), protected: false } });
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
