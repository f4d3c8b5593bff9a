import { findElements, hasClass, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { pairedDetails } from '../kit/builder-details';

/** Tabs: titles in `ul.et_pb_tabs_controls > li`, panels in `div.et_pb_all_tabs > div.et_pb_tab`. */
export const tabs: CleanRule = {
  name: 'divi-tabs',
  match: { classes: ['et_pb_tabs'] },
  action: (el) => {
    const controls = findElements(el, (e) => hasClass(e, 'et_pb_tabs_controls'))[0];
    const titles = controls ? controls.children.filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'li') : [];
    const panels = findElements(el, (e) => hasClass(e, 'et_pb_tab')).map((p) => findElements(p, (e) => hasClass(e, 'et_pb_tab_content'))[0] ?? p);
    return pairedDetails(titles, panels, (_, i) => i === 0);
  },
};
