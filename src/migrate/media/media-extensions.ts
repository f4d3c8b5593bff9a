/**
 * File extensions WordPress lets authors upload (`wp_get_ext_types()` in
 * wp-includes/functions.php, without its `code` group: a link to an `.html` or `.php` page is a
 * page, not a file), plus the image formats plugins commonly allow (`avif`, `svg`) and `epub`.
 * A link (`<a href>`) counts as a media file when its path ends with one of these.
 *
 * @example MEDIA_EXTENSIONS.pdf // → 'file'
 */
export const MEDIA_EXTENSIONS: Readonly<Record<string, 'image' | 'file'>> = Object.freeze(
  Object.fromEntries([
    ...'jpg jpeg jpe gif png bmp tif tiff ico heic heif webp avif svg'.split(' ').map((e) => [e, 'image'] as const),
    ...[
      // audio
      'aac ac3 aif aiff flac m3a m4a m4b mka mp1 mp2 mp3 ogg oga ram wav wma opus',
      // video
      '3g2 3gp 3gpp asf avi divx dv flv m4v mkv mov mp4 mpeg mpg mpv ogm ogv qt rm vob webm wmv',
      // documents, spreadsheets, slides
      'doc docx docm dotm odt pages pdf xps oxps rtf wp wpd psd xcf epub numbers ods xls xlsx xlsm xlsb',
      'swf key ppt pptx pptm pps ppsx ppsm sldx sldm odp',
      // text and archives
      'asc csv tsv txt bz2 cab dmg gz rar sea sit sqx tar tgz zip 7z',
    ]
      .join(' ')
      .split(' ')
      .map((e) => [e, 'file'] as const),
  ]),
);

/**
 * The lower-cased extension of a URL's or path's last segment (query and fragment ignored), or
 * `''` when it has none.
 *
 * @example extensionOf('https://example.org/a/Report.PDF?x=1') // → 'pdf'
 */
export function extensionOf(url: string): string {
  const path = url.replace(/[?#].*$/s, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * `image` or `file` for a URL whose extension is a media one, else null.
 *
 * @example mediaKindOf('https://example.org/wp-content/uploads/2024/05/a.webp') // → 'image'
 * @example mediaKindOf('https://example.org/about/') // → null
 */
export function mediaKindOf(url: string): 'image' | 'file' | null {
  const ext = extensionOf(url);
  // Own keys only: `constructor` is no extension.
  return Object.hasOwn(MEDIA_EXTENSIONS, ext) ? (MEDIA_EXTENSIONS[ext] ?? null) : null;
}
