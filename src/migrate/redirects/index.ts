export { buildRedirects } from './build-redirects';
export { redirectFormats, type RedirectFormat } from './redirect-formats';
export { encodePath, encodeTarget, decodedPath } from './encode-path';
export { netlifyRedirects } from './formats/netlify';
export { vercelRedirects } from './formats/vercel';
export { nginxRedirects } from './formats/nginx';
export { apacheRedirects } from './formats/apache';
export { csvRedirects } from './formats/csv';
