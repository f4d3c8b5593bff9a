import { z } from 'zod';
import { WarningSchema } from '../schema/article';

/**
 * The shapes `unpress migrate` passes between its pieces (`planPaths`, `rewriteLinks`,
 * `collectMedia`, `buildRedirects`, the layouts and the report). Each is usable alone in a
 * migration script; zod is the single definition, the types come from it.
 */

/** The site layouts `migrate` writes. */
export const LayoutNameSchema = z.enum(['hugo', 'astro', 'eleventy', 'jekyll', 'plain']);

/** `keep`: every post stays at its old permalink path; `layout`: the layout's own convention, old URLs redirected. */
export const PermalinksSchema = z.enum(['keep', 'layout']);

/**
 * What migration needs to know of each item before converting any of them, read from the raw
 * post (REST JSON, an export item or a crawled page): enough to plan paths and resolve links.
 */
export const SiteEntrySchema = z.strictObject({
  id: z.number().int(),
  /** `post`, `page`, `attachment` or a custom type. */
  type: z.string(),
  /** As WordPress stores it (non-Latin slugs percent-encoded). */
  slug: z.string(),
  status: z.string().nullable(),
  /** The old permalink, absolute. */
  link: z.string().nullable(),
  guid: z.string().nullable(),
  parent: z.number().int().nullable(),
  /** The site's wall time as WordPress gives it (`2025-08-28T10:00:00`). */
  date: z.string().nullable(),
  title: z.string(),
});

/** A term (category, tag or custom taxonomy) whose archive page links may point at. */
export const SiteTermSchema = z.strictObject({
  taxonomy: z.string(),
  id: z.number().int().nullable(),
  slug: z.string(),
  name: z.string().nullable(),
  link: z.string().nullable(),
});

/** Where one item goes in the new site. */
export const PlannedPathSchema = z.strictObject({
  id: z.number().int(),
  type: z.string(),
  /** The content file, relative to the output folder, `/`-separated (`content/posts/hello/index.md`). */
  file: z.string(),
  /** The path the new site serves it at (`/2025/08/28/hello/`). */
  url: z.string(),
  /** Old paths (and `/?p=ID` forms) that should reach it; the ones that differ from `url` need redirects. */
  oldUrls: z.array(z.string()),
  /** The folder, relative to the output folder, where this item's downloaded media go. */
  mediaDir: z.string(),
  /** Why the path is not the one asked for (`collision`, `unsafe`), or null. */
  renamed: z.string().nullable(),
});

/** A redirect from an old URL to a new path. */
export const RedirectSchema = z.strictObject({
  /** An old path, with its query when that is what identifies it (`/?p=12`). */
  from: z.string(),
  to: z.string(),
  status: z.union([z.literal(301), z.literal(302)]),
});

/** Download state of one media file. */
export const MediaStatusSchema = z.enum(['listed', 'downloaded', 'skipped', 'failed']);

/** One image or file the content uses. */
export const MediaEntrySchema = z.strictObject({
  /** The original file's URL (size suffixes, `-scaled`, Photon hosts and `?w=` removed when that reaches it). */
  url: z.string(),
  /** Every URL form the content used for it (size variants, srcset entries, CDN forms). */
  seen: z.array(z.string()),
  kind: z.enum(['image', 'file']),
  alt: z.string().nullable(),
  caption: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** Ids of the items that use it, ascending. */
  posts: z.array(z.number().int()),
  /** The downloaded (or planned) file, relative to the output folder; null when not downloaded. */
  local: z.string().nullable(),
  status: MediaStatusSchema,
  bytes: z.number().int().nullable(),
  sha256: z.string().nullable(),
  contentType: z.string().nullable(),
  /** Why the download failed, or null. */
  error: z.string().nullable(),
});

/** One item's line in the report. */
export const ReportItemSchema = z.strictObject({
  id: z.number().int().nullable(),
  type: z.string().nullable(),
  title: z.string().nullable(),
  editor: z.string().nullable(),
  words: z.number().int(),
  outcome: z.enum(['converted', 'failed', 'unchanged']),
  /** The old permalink. */
  oldUrl: z.string().nullable(),
  newUrl: z.string().nullable(),
  /** The written file, relative to the output folder. */
  file: z.string().nullable(),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
  /** The article's warnings, then migration's own (`dangling_link`, `media_failed`, `path_renamed`, …). */
  warnings: z.array(WarningSchema),
});

/** What `migrate` did: written as `report.json`, shown by `report.html`. Deterministic (no clock times). */
export const MigrateReportSchema = z.strictObject({
  layout: LayoutNameSchema,
  permalinks: PermalinksSchema,
  /** The site's old address, when known. */
  site: z.string().nullable(),
  totals: z.strictObject({
    items: z.number().int(),
    posts: z.number().int(),
    pages: z.number().int(),
    other: z.number().int(),
    converted: z.number().int(),
    failed: z.number().int(),
    unchanged: z.number().int(),
    warnings: z.number().int(),
    media: z.number().int(),
    mediaDownloaded: z.number().int(),
    mediaFailed: z.number().int(),
    redirects: z.number().int(),
    danglingLinks: z.number().int(),
  }),
  warningsByCode: z.record(z.string(), z.number().int()),
  items: z.array(ReportItemSchema),
  /** Links into the old site that reach nothing migrated, with the items they appear in. */
  dangling: z.array(z.strictObject({ href: z.string(), items: z.array(z.number().int()) })),
  /** Media that failed to download. */
  mediaFailed: z.array(z.strictObject({ url: z.string(), error: z.string() })),
});

export type LayoutName = z.infer<typeof LayoutNameSchema>;
export type Permalinks = z.infer<typeof PermalinksSchema>;
export type SiteEntry = z.infer<typeof SiteEntrySchema>;
export type SiteTerm = z.infer<typeof SiteTermSchema>;
export type PlannedPath = z.infer<typeof PlannedPathSchema>;
export type Redirect = z.infer<typeof RedirectSchema>;
export type MediaStatus = z.infer<typeof MediaStatusSchema>;
export type MediaEntry = z.infer<typeof MediaEntrySchema>;
export type ReportItem = z.infer<typeof ReportItemSchema>;
export type MigrateReport = z.infer<typeof MigrateReportSchema>;
