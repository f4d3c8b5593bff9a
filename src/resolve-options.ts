import { defaultProfiles, mergeProfiles } from './clean/profiles';
import { defaultBlockHandlers } from './extract/body/handlers';
import { defaultShortcodes } from './clean/shortcodes/handlers';
import { defaultSourceLabels } from './extract/extract-sources';
import type { ParseOptions, ResolvedOptions } from './options';

/** The largest `maxDepth` honoured; a larger one is treated as this. */
export const MAX_DEPTH_CAP = 256;

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
  for (const key of ['profiles', 'seoRules', 'sourceLabels', 'keepShortcodes'] as const) {
    if (options[key] !== undefined && !Array.isArray(options[key])) throw new TypeError(`unpress: options.${key} must be an array`);
  }
  return {
    profiles: mergeProfiles(defaultProfiles, options.profiles),
    blockHandlers: { ...defaultBlockHandlers, ...options.blockHandlers },
    dropTitleHeading: options.dropTitleHeading ?? true,
    head: options.head ?? null,
    sourceLabels: [...defaultSourceLabels, ...(options.sourceLabels ?? [])],
    maxContentLength: positive('maxContentLength', options.maxContentLength, 20_000_000),
    maxFieldLength: positive('maxFieldLength', options.maxFieldLength, 100_000),
    // Capped: nested blocks are rendered, validated and serialised recursively (by zod and
    // JSON.stringify too), and past a few hundred levels that overflows the stack.
    maxDepth: Math.min(positive('maxDepth', options.maxDepth, 32), MAX_DEPTH_CAP),
    allowDataImages: options.allowDataImages ?? false,
    baseUrl: options.baseUrl ?? null,
    shortcodes: { ...defaultShortcodes, ...options.shortcodes },
    keepShortcodes: [...(options.keepShortcodes ?? [])],
    resolveImageOriginals: options.resolveImageOriginals ?? false,
    seoRules: [...(options.seoRules ?? [])],
    seopress: options.seopress ?? null,
  };
}
