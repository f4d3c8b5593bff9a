import { defaultProfiles, mergeProfiles } from './clean/profiles';
import { defaultBlockHandlers } from './extract/body/handlers';
import { defaultSourceLabels } from './extract/extract-sources';
import type { ParseOptions, ResolvedOptions } from './options';

/**
 * Fills in defaults and checks the caller's options. A wrong option is the caller's mistake,
 * so it throws a `TypeError`, not an `UnpressError`.
 */
export function resolveOptions(options: ParseOptions = {}): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError('unpress: options must be an object');
  const positive = (name: keyof ParseOptions, value: unknown, fallback: number) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !(value > 0)) throw new TypeError(`unpress: options.${name} must be a positive number`);
    return value;
  };
  if (options.profiles !== undefined && !Array.isArray(options.profiles)) throw new TypeError('unpress: options.profiles must be an array');
  return {
    profiles: mergeProfiles(defaultProfiles, options.profiles),
    blockHandlers: { ...defaultBlockHandlers, ...options.blockHandlers },
    dropTitleHeading: options.dropTitleHeading ?? true,
    head: options.head ?? null,
    sourceLabels: [...defaultSourceLabels, ...(options.sourceLabels ?? [])],
    maxContentLength: positive('maxContentLength', options.maxContentLength, 20_000_000),
    maxDepth: positive('maxDepth', options.maxDepth, 32),
    allowDataImages: options.allowDataImages ?? false,
    baseUrl: options.baseUrl ?? null,
  };
}
