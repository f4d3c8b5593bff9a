/**
 * Media for `unpress migrate`: every image and file the content uses, one entry per original
 * (`MediaCatalog`, `collectMedia`, `originalUrl`), where each goes (`planMediaFiles`) and the
 * download (`downloadMedia`).
 */
export { originalUrl, originalOfFull, urlForms, isUploadsUrl, type UrlForms } from './original-url';
export { MediaCatalog, collectMedia } from './media-catalog';
export { mediaUsesOf, type MediaUse, type AttachmentFacts } from './media-uses';
export { planMediaFiles } from './plan-media-files';
export { downloadMedia, MEDIA_JOURNAL, MEDIA_RECORD, type DownloadMediaOptions } from './download-media';
export { contentProblem, looksLikeHtml, imageSignature } from './content-problem';
export { MEDIA_EXTENSIONS, extensionOf, mediaKindOf } from './media-extensions';
