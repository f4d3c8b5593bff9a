import type { CleanRule } from '../../profile';

/**
 * Ids page builders number their elements with (`brxe-xkqzpl` in Bricks, `headline-3-61` in
 * Oxygen, `uagb-…` in Spectra, `elementor-…`, `et_pb_…` in Divi, `block-<uuid>` of Gutenberg
 * blocks, `h.d8dtgd946pvx` pasted from Google Docs): no page links to them and no
 * reader chose them. They go, so a heading's anchor is made from its text; an id an author gave
 * (`shipping`, a table-of-contents plugin's `Intro`) stays the heading's anchor.
 *
 * @example '<h2 id="brxe-ghi">Title</h2>' → '<h2>Title</h2>'
 */
export const builderIds: CleanRule = {
  name: 'builder-generated-ids',
  match: { tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], attrs: { id: true }, test: (el) => GENERATED.test(el.attribs.id!) },
  action: (el) => {
    delete el.attribs.id;
    return undefined;
  },
};

const GENERATED = /^(?:brxe-[a-z0-9]+$|h\.[a-z0-9]{8,}$|block-[0-9a-f]{8}-[0-9a-f]{4}-|(?:headline|text_block|div_block|link_text|rich_text)-\d+-\d+$|uagb-|elementor-|et_pb_|fl-heading|tve-|kt-adv-heading)/i;
