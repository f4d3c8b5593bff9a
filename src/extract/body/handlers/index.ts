import type { BlockHandler } from '../block-handler';
import { button, gallery } from './canonical';
import { code } from './code';
import { details } from './details';
import { figure } from './figure';
import { footnotes } from './footnotes';
import { heading } from './heading';
import { image } from './image';
import { list } from './list';
import { mediaElement } from './media-element';
import { paragraph } from './paragraph';
import { quote } from './quote';
import { separator } from './separator';
import { table } from './table';

/**
 * The default block handlers, by tag name of the clean DOM. `parsePost(post, { blockHandlers })`
 * merges a user's handlers over these; a tag with no handler is looked through.
 */
export const defaultBlockHandlers: Record<string, BlockHandler> = {
  h1: heading, h2: heading, h3: heading, h4: heading, h5: heading, h6: heading,
  p: paragraph,
  ul: list, ol: list,
  figure,
  img: image,
  blockquote: quote, 'u-quote': quote,
  pre: code,
  table,
  hr: separator,
  iframe: mediaElement,
  details,
  'u-embed': mediaElement, 'u-media': mediaElement, 'u-button': button, 'u-gallery': gallery,
  'u-footnotes': footnotes,
};
