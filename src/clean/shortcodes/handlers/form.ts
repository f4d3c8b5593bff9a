import type { ShortcodeHandler } from '../shortcode-handler';

/**
 * Form plugins' shortcodes (`[contact-form-7 id="12" title="Contact form 1"]`, `[gravityform]`,
 * `[wpforms]`…): a form is site machinery, not content, and its `title` is the form's name in
 * the admin, not words on the page. Dropped with a `dropped_form` warning, like a `<form>`.
 */
export const form: ShortcodeHandler = (sc, ctx) => {
  ctx.warn('dropped_form', `Removed form shortcode [${sc.name}]: the form is rendered by its plugin and is not content`, `[${sc.name}]`);
  return null;
};

/** The shortcodes of the common form plugins. */
export const formShortcodes = [
  'contact-form-7', 'contact-form', 'gravityform', 'gravityforms', 'wpforms', 'ninja_form', 'ninja_forms', 'formidable',
  'mc4wp_form', 'fluentform', 'forminator_form', 'caldera_form', 'everest_form', 'ws_form',
];
