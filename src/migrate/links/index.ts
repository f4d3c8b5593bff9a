export { mapArticleUrls, type UrlMap } from './map-article-urls';
export { mapHtmlUrls } from './map-html-urls';
export { mapSrcset } from '../../text/map-srcset';
export { buildLinkIndex } from './build-link-index';
export { LinkIndex, type LinkIndexInput, type LinkTarget } from './link-index';
export { rewriteLinks } from './rewrite-links';
