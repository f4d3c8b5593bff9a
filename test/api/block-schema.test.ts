import { BlockSchema, HeadingSchema } from '../../src';

// The recursive schemas carry named types for the declarations; what they accept is unchanged.
describe('block schemas at run time', () => {
  const heading = (level: unknown) => ({ type: 'heading', level, text: 'T', html: 'T', anchor: 't' });

  it('accepts heading levels 1 to 6 and nothing else', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) expect(BlockSchema.safeParse(heading(level)).success).toBe(true);
    for (const level of [0, 7, 2.5, '2', null]) expect(BlockSchema.safeParse(heading(level)).success).toBe(false);
    expect(HeadingSchema.safeParse({ level: 7, text: 'T', anchor: 't' }).success).toBe(false);
  });

  it('validates nested blocks all the way down, strictly', () => {
    const list = (children: unknown) => ({ type: 'list', ordered: false, start: null, reversed: false, items: [{ text: 'a', html: 'a', value: null, children }] });
    const details = (children: unknown[]) => ({ type: 'details', summary: 's', open: false, children });
    const quote = (children: unknown[]) => ({ type: 'quote', text: '', html: '', citation: null, variant: 'blockquote', children });
    expect(BlockSchema.safeParse(details([quote([list(list(null))])])).success).toBe(true);
    const bad = details([quote([list(list({ type: 'separator' }))])]);
    const result = BlockSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['children', 0, 'children', 0, 'items', 0, 'children', 'items', 0, 'children', 'type']);
    expect(BlockSchema.safeParse(details([{ ...heading(2), extra: 1 }])).success).toBe(false);
  });
});
