import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { extractDates } from '../../src/extract/extract-dates';
import { context, post, rawFixture } from './helpers';

const datesOf = (raw: Record<string, unknown> | string) => {
  const p = post(typeof raw === 'string' ? raw : { id: 1, ...raw });
  const ctx = context(p);
  return { dates: extractDates(p, ctx), warnings: ctx.warnings };
};

describe('extractDates', () => {
  it('reads the seed post as UTC', () => {
    expect(datesOf('seed-aliantis-post').dates).toEqual({
      published: '2026-03-26T11:06:16.000Z',
      modified: '2026-05-18T12:57:25.000Z',
      publishedLocal: '2026-03-26T11:06:16+00:00',
      modifiedLocal: '2026-05-18T12:57:25+00:00',
      timezoneOffset: 0,
    });
  });

  it('writes out a site offset (Japan, +09:00)', () => {
    expect(datesOf('consilegy-case-study-28692').dates).toEqual({
      published: '2026-03-18T10:22:21.000Z',
      modified: '2026-03-18T10:22:22.000Z',
      publishedLocal: '2026-03-18T19:22:21+09:00',
      modifiedLocal: '2026-03-18T19:22:22+09:00',
      timezoneOffset: 540,
    });
  });

  it('keeps each date its own offset across a DST change (Germany)', () => {
    const { dates } = datesOf('aybaudienst-page-434');
    expect(dates.publishedLocal).toBe('2024-04-29T17:10:13+02:00');
    expect(dates.modifiedLocal).toBe('2025-01-30T09:59:27+01:00');
    expect(dates.timezoneOffset).toBe(120);
  });

  it('handles negative offsets (São Paulo site, -03:00)', () => {
    const { dates } = datesOf('headstartwp-page-168');
    expect(dates.published).toBe('2022-10-24T17:07:42.000Z');
    expect(dates.publishedLocal).toBe('2022-10-24T14:07:42-03:00');
    expect(dates.timezoneOffset).toBe(-180);
  });

  it.each([
    ['Nepal', '2024-05-01T17:45:00', '2024-05-01T12:00:00', '2024-05-01T17:45:00+05:45', 345],
    ['India', '2024-05-01T17:30:00', '2024-05-01T12:00:00', '2024-05-01T17:30:00+05:30', 330],
    ['Newfoundland', '2024-01-01T20:30:00', '2024-01-02T00:00:00', '2024-01-01T20:30:00-03:30', -210],
    ['Marquesas', '2023-12-31T14:30:00', '2024-01-01T00:00:00', '2023-12-31T14:30:00-09:30', -570],
  ])('fractional offsets: %s', (_name, date, gmt, local, offset) => {
    const { dates } = datesOf({ date, date_gmt: gmt, modified: date, modified_gmt: gmt, status: 'publish' });
    expect(dates.published).toBe(new Date(`${gmt}Z`).toISOString());
    expect(dates.timezoneOffset).toBe(offset);
    expect(dates.publishedLocal).toBe(local);
  });

  it('reads a WordPress.com post whose dates carry offsets', () => {
    expect(datesOf('djwprest-wpcom-post').dates).toEqual({
      published: '2015-08-07T17:30:15.000Z',
      modified: '2015-08-07T17:30:16.000Z',
      publishedLocal: '2015-08-07T13:30:15-04:00',
      modifiedLocal: '2015-08-07T13:30:16-04:00',
      timezoneOffset: -240,
    });
  });
});

describe('floating dates', () => {
  it('nulls a draft whose date equals modified (WordPress shims date_gmt)', () => {
    const { dates } = datesOf({ status: 'draft', date: '2024-05-01T12:00:00', date_gmt: '2024-05-01T12:00:00', modified: '2024-05-01T12:00:00', modified_gmt: '2024-05-01T12:00:00' });
    expect(dates.published).toBeNull();
    expect(dates.publishedLocal).toBeNull();
    expect(dates.modified).toBe('2024-05-01T12:00:00.000Z');
  });

  it('nulls pending and auto-draft the same way, but not a draft with a chosen date', () => {
    const base = { date: '2024-05-01T12:00:00', date_gmt: '2024-05-01T10:00:00', modified: '2024-05-01T12:00:00', modified_gmt: '2024-05-01T10:00:00' };
    expect(datesOf({ ...base, status: 'pending' }).dates.published).toBeNull();
    expect(datesOf({ ...base, status: 'auto-draft' }).dates.published).toBeNull();
    expect(datesOf({ ...base, status: 'publish' }).dates.published).toBe('2024-05-01T10:00:00.000Z');
    expect(datesOf({ ...base, status: 'draft', modified: '2024-05-03T09:00:00', modified_gmt: '2024-05-03T07:00:00' }).dates.published).toBe('2024-05-01T10:00:00.000Z');
  });

  it.each([null, '0000-00-00T00:00:00', '0000-00-00 00:00:00'])('nulls date_gmt %j', (gmt) => {
    const { dates, warnings } = datesOf({ status: 'draft', date: '2024-05-01T12:00:00', date_gmt: gmt, modified: '2024-05-02T12:00:00', modified_gmt: '2024-05-02T10:00:00' });
    expect(dates.published).toBeNull();
    expect(dates.publishedLocal).toBeNull();
    expect(dates.timezoneOffset).toBe(120);
    expect(warnings).toEqual([]);
  });
});

describe('date_gmt absent (embed context, _fields)', () => {
  it('borrows the modified offset, with a warning', () => {
    const { dates, warnings } = datesOf({ date: '2024-05-01T17:45:00', modified: '2024-06-01T17:45:00', modified_gmt: '2024-06-01T12:00:00' });
    expect(dates.published).toBe('2024-05-01T12:00:00.000Z');
    expect(dates.publishedLocal).toBe('2024-05-01T17:45:00+05:45');
    expect(warnings.map((w) => w.code)).toEqual(['date_gmt_inferred']);
  });

  it('leaves the instant unknown when no offset exists at all', () => {
    const { dates, warnings } = datesOf({ date: '2024-05-01T17:45:00' });
    expect(dates).toEqual({ published: null, modified: null, publishedLocal: null, modifiedLocal: null, timezoneOffset: null });
    expect(warnings.map((w) => w.code)).toEqual(['date_without_timezone']);
  });
});

describe('bad input', () => {
  it('rejects impossible offsets and dates without throwing', () => {
    const { dates, warnings } = datesOf({ date: '2024-05-04T12:00:00', date_gmt: '2024-05-01T12:00:00', modified: '2024-02-30T10:00:00', modified_gmt: 'yesterday' });
    expect(dates.published).toBe('2024-05-01T12:00:00.000Z');
    expect(dates.timezoneOffset).toBeNull();
    expect(dates.publishedLocal).toBeNull();
    expect(dates.modified).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(['timezone_offset_invalid']);
  });

  it('rejects local and GMT times that are not whole minutes apart', () => {
    const { dates, warnings } = datesOf({ date: '2024-01-01T20:30:00', date_gmt: '2024-01-01T23:59:59' });
    expect(dates.published).toBe('2024-01-01T23:59:59.000Z');
    expect(dates.timezoneOffset).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(['timezone_offset_invalid']);
  });
});

// Jest gives each test file its own copy of process.env, so setting TZ inside a test does not
// reach Date. In a plain child process it does (Node re-reads TZ when it is assigned), so one
// child computes the dates in several zones: the results must not depend on the machine zone.
describe('independence from the machine time zone', () => {
  const zones = ['America/Sao_Paulo', 'Asia/Kathmandu', 'Pacific/Chatham', 'Europe/Berlin'];
  const inputs = [
    rawFixture('seed-aliantis-post'),
    rawFixture('aybaudienst-page-434'),
    { id: 1, date: '2024-05-01T17:45:00', date_gmt: '2024-05-01T12:00:00', modified: '2024-03-31T02:30:00', modified_gmt: '2024-03-31T00:30:00' },
    { id: 2, date: '2024-05-01T17:45:00', modified: '2024-06-01T17:45:00', modified_gmt: '2024-06-01T12:00:00' },
  ];
  const modulePath = join(__dirname, '..', '..', 'src', 'extract', 'extract-dates.ts');
  const probe = `
    const m = await import(${JSON.stringify(modulePath)});
    const extractDates = m.extractDates ?? m.default.extractDates;
    const ctx = { warn() {} };
    const [zones, posts] = JSON.parse(process.argv[1]);
    const out = {};
    for (const zone of zones) {
      process.env.TZ = zone;
      out[zone] = { offsetHere: new Date(2024, 4, 1).getTimezoneOffset(), dates: posts.map((p) => extractDates(p, ctx)) };
    }
    process.stdout.write(JSON.stringify(out));
  `;

  it('gives the same dates in São Paulo, Kathmandu, Chatham and Berlin', () => {
    const here = inputs.map((raw) => extractDates(post(raw), context(post(raw))));
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe, JSON.stringify([zones, inputs])], { encoding: 'utf8' }));
    // The zones really differed in the child (Kathmandu is UTC+05:45, so -345 minutes).
    expect(out['Asia/Kathmandu'].offsetHere).toBe(-345);
    for (const zone of zones) expect(out[zone].dates).toEqual(here);
    expect(here[2]).toMatchObject({ published: '2024-05-01T12:00:00.000Z', publishedLocal: '2024-05-01T17:45:00+05:45' });
  }, 60_000);
});
