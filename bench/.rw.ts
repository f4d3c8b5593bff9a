import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { writeExport } from './wxr';
const { readWxr } = require('../dist/index.js');
async function saxPass(file: string) {
  const parser = new SaxesParser(); let n = 0; parser.on('opentag', () => void n++);
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(file)) parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  parser.close(); return n;
}
(async () => {
  const mb = Number(process.argv[2]); const what = process.argv[3];
  const f = `/dev/shm/rw-${mb}.xml`;
  if (what === 'gen') { await writeExport(f, mb * 1024 * 1024, 'fixtures'); return; }
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    if (what === 'sax') await saxPass(f); else { let n = 0; for await (const _ of readWxr([f])) n++; }
    best = Math.min(best, performance.now() - t);
  }
  console.log(mb, what, (best / 1000).toFixed(3));
})();
