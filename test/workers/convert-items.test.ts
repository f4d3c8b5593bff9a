import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertItems, type Rendered } from '../../src/workers/convert-items';

const seed = readFileSync(join(__dirname, '../../fixtures/elementor-seed-therapeutic-alliance/input.json'), 'utf8');

describe('convertItems', () => {
  it('renders the same file content as UTF-8 bytes when asked (what the CLI writes from worker threads)', () => {
    const items = [seed, Buffer.from(seed), '{"id": 2, "title": tru}'];
    const text = convertItems({ start: 5, items, format: 'md' });
    const bytes = convertItems({ start: 5, items, format: 'md', bytes: true });
    expect(bytes.map((o) => [o.index, o.ok])).toEqual([
      [5, true],
      [6, true],
      [7, false],
    ]);
    const output = (o: (typeof bytes)[number]) => (o.ok ? (o.value as Rendered).output : null);
    const asText = (o: (typeof bytes)[number]) => Buffer.from(output(o) as Uint8Array).toString('utf8');
    expect(output(bytes[0]!)).toBeInstanceOf(Uint8Array);
    expect(asText(bytes[0]!)).toBe(output(text[0]!));
    expect(asText(bytes[1]!)).toBe(asText(bytes[0]!));
    expect(asText(bytes[0]!)).toContain('title: ');
  });
});
