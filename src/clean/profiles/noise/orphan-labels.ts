import { findElement, rootOf, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { dropNoise } from '../kit/drop-noise';

// What a label labels: form controls, which the common rules drop.
const CONTROLS = new Set(['input', 'select', 'textarea', 'button', 'meter', 'progress', 'output', 'datalist', 'keygen']);
const drop = dropNoise('dropped_form', 'a form label');

/**
 * A `<label>` whose control is dropped with the form controls (a calculator, a checker or a
 * search box pasted into a post without its `<form>`) would be left as a question with nothing
 * to answer it: the label goes too, with its words warned (`dropped_form`). A label that wraps a
 * control, or whose `for` names a control or nothing in the content, is such a label; one that
 * names another element, or nothing, is kept as text.
 *
 * @example '<label for="brand">Pick a brand:</label><select id="brand"></select>' → nothing
 */
export const orphanLabels: CleanRule = {
  name: 'orphan-labels',
  match: { tags: ['label'], test: (el) => labelsControl(el) },
  action: drop,
};

function labelsControl(label: Element): boolean {
  if (findElement(label, (e) => CONTROLS.has(e.name))) return true;
  const id = label.attribs.for?.trim();
  if (!id) return false;
  const target = findElement(rootOf(label), (e) => e.attribs.id === id);
  return target === null || CONTROLS.has(target.name);
}
