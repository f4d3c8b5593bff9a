import fc from 'fast-check';
import { isValid, parseISO } from 'date-fns';
import { wallTimeAsUtc } from '../../src/extract/wall-time';

// The definition the field-by-field check stands in for.
const oracle = (wall: string) => {
  const date = parseISO(`${wall}Z`);
  return isValid(date) ? date.getTime() : null;
};
const two = (n: number) => String(n).padStart(2, '0');

describe('wallTimeAsUtc', () => {
  it('reads wall times as UTC and rejects times that do not exist', () => {
    expect(wallTimeAsUtc('2024-05-01T12:00:00')).toBe(Date.parse('2024-05-01T12:00:00Z'));
    expect(wallTimeAsUtc('2024-02-29T23:59:59')).toBe(Date.parse('2024-02-29T23:59:59Z'));
    expect(wallTimeAsUtc('2023-02-29T00:00:00')).toBeNull();
    expect(wallTimeAsUtc('2100-02-29T00:00:00')).toBeNull();
    expect(wallTimeAsUtc('2000-02-29T00:00:00')).toBe(Date.parse('2000-02-29T00:00:00Z'));
    expect(wallTimeAsUtc('0000-00-00T00:00:00')).toBeNull();
    expect(wallTimeAsUtc('2024-04-31T00:00:00')).toBeNull();
    expect(wallTimeAsUtc('2024-05-01T24:00:00')).toBe(oracle('2024-05-01T24:00:00'));
    expect(wallTimeAsUtc('0099-05-01T10:00:00')).toBe(oracle('0099-05-01T10:00:00'));
  });

  it('agrees with date-fns parseISO on any field values', () => {
    const field = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.constantFrom(0, 1, 12, 23, 24, 28, 29, 30, 31, 59, 60, 99));
    const wall = fc
      .tuple(fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 99, 100, 1900, 2000, 2023, 2024, 2100)), field(99), field(99), field(99), field(99), field(99))
      .map(([y, mo, d, h, mi, s]) => `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}`);
    fc.assert(fc.property(wall, (w) => {
      expect(wallTimeAsUtc(w)).toBe(oracle(w));
    }), { numRuns: 20000, seed: 5 });
  });
});
