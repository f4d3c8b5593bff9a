// By subpath: date-fns' index loads every function it has (~4 MB of memory in each thread).
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/**
 * Epoch milliseconds of a wall time `YYYY-MM-DDTHH:mm:ss` read as UTC, or null when it names
 * no time (`0000-00-00T00:00:00`, Feb 30, 25:00). date-fns' `parseISO` of the time with a `Z`
 * is the definition (so the machine's zone is never consulted); the usual case, a year from 100
 * on and a time of day before 24:00, is checked field by field and made with `Date.UTC`, which
 * gives the same instant without parsing the string again (four `parseISO` calls were most of
 * `extractDates`' time). Anything else goes to `parseISO`.
 *
 * @example wallTimeAsUtc('2024-05-01T12:00:00') // → 1714564800000
 */
export function wallTimeAsUtc(wall: string): number | null {
  const year = digits(wall, 0, 4);
  const month = digits(wall, 5, 2);
  const day = digits(wall, 8, 2);
  const hour = digits(wall, 11, 2);
  const minute = digits(wall, 14, 2);
  const second = digits(wall, 17, 2);
  if (wall.length === 19 && year >= 100 && hour < 24 && minute < 60 && second < 60 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)) {
    return Date.UTC(year, month - 1, day, hour, minute, second);
  }
  const date = parseISO(`${wall}Z`);
  return isValid(date) ? date.getTime() : null;
}

// The number written by `length` ASCII digits at `at` (NaN if one is not a digit).
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (!(d >= 0 && d <= 9)) return NaN;
    n = n * 10 + d;
  }
  return n;
}

function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}
