/**
 * The file name a URL ends with, percent-decoded: the label of a link to a file.
 *
 * @example fileName('https://x.org/media/My%20talk.mp3?v=2') // → 'My talk.mp3'
 */
export function fileName(src: string): string {
  const name = src.split(/[?#]/)[0]!.split('/').pop() || src;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
