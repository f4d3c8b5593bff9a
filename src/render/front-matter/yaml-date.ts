import { Scalar } from 'yaml';

/**
 * A value written as a plain YAML scalar, so generators read it as a timestamp
 * (`date: 2026-03-26T13:06:16+02:00`) instead of a quoted string.
 *
 * @example { date: yamlDate('2026-03-26 13:06:16 +0200') }
 */
export function yamlDate(value: string): Scalar {
  const s = new Scalar(value);
  s.type = 'PLAIN';
  return s;
}
