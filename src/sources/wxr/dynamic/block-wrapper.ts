import { escapeAttribute as attr } from '../../../text/decode';

/**
 * The wrapper attributes core's block supports give a server-rendered block
 * (`get_block_wrapper_attributes`): the given classes, then the block's own
 * (`wp-block-<name>`), its alignment and its custom class name.
 */
export function blockWrapper(name: string, attrs: Record<string, unknown>, extra = ''): string {
  // As WordPress joins them: the given classes as they are (archives' start with a space).
  const classes = [extra, `wp-block-${name}`];
  if (typeof attrs.align === 'string' && attrs.align) classes.push(`align${attrs.align}`);
  if (typeof attrs.className === 'string' && attrs.className.trim()) classes.push(attrs.className.trim());
  return `class="${attr(classes.filter((c) => c.trim()).join(' '))}"`;
}
