import { contentProblem, imageSignature, looksLikeHtml } from '../../../src/migrate/media/content-problem';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('contentProblem', () => {
  it.each([
    ['jpeg', [0xff, 0xd8, 0xff, 0xdb]],
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['gif', [...bytes('GIF89a')]],
    ['webp', [...bytes('RIFF'), 0, 0, 0, 0, ...bytes('WEBPVP8 ')]],
    ['heif', [0, 0, 0, 0x1c, ...bytes('ftypavif')]],
    ['tiff', [0x49, 0x49, 0x2a, 0]],
    ['svg', [...bytes('<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')]],
  ])('knows a %s by its first bytes', (format, head) => {
    expect(imageSignature(Uint8Array.from(head))).toBe(format);
  });

  it('tells an HTML page from an image or a document', () => {
    expect(looksLikeHtml(bytes('\ufeff  \n<!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(bytes('<HTML><body>'))).toBe(true);
    expect(looksLikeHtml(bytes('%PDF-1.7'))).toBe(false);
    expect(contentProblem('image', 'https://x.test/a.jpg', 'image/jpeg', Uint8Array.from([0xff, 0xd8, 0xff]), 3)).toBeNull();
    expect(contentProblem('image', 'https://x.test/a.svg', 'image/svg+xml', bytes('<svg></svg>'), 11)).toBeNull();
    expect(contentProblem('image', 'https://x.test/a.jpg', 'application/json', bytes('{"code":"rest_forbidden"}'), 25)).toBe('answered application/json, not an image');
    expect(contentProblem('image', 'https://x.test/a.jpg', '', bytes('just text'), 9)).toBe('answered no content type, not an image');
    expect(contentProblem('file', 'https://x.test/a.pdf', 'application/pdf', bytes('%PDF-1.7'), 8)).toBeNull();
    expect(contentProblem('file', 'https://x.test/a.zip', 'application/octet-stream', bytes('<!doctype html><p>Error 404'), 27)).toBe('answered application/octet-stream (an HTML page), not the file');
    // A linked `.html` file is what was asked for.
    expect(contentProblem('file', 'https://x.test/slides.html', 'text/html', bytes('<!doctype html>'), 15)).toBeNull();
  });
});
