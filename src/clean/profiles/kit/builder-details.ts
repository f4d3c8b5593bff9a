import { canonical } from '../../canonical/canonical';
import type { AnyNode, Element } from '../../../dom/dom';
import { textNode, visibleText } from './visible-text';

/**
 * One accordion item, toggle or tab as canonical `<details>`: the title's visible text (icons
 * and glyphs left out) as summary, the panel's children as body. A title without text and an
 * empty panel give nothing.
 *
 * @example builderDetails(titleEl, [...panelEl.children], true) // → <details open><summary>Q</summary>…</details>
 */
export function builderDetails(title: Element | null, body: AnyNode[], open = false): Element[] {
  const summary = visibleText(title);
  if (!summary && !body.length) return [];
  return [canonical.details(summary ? [textNode(summary)] : [], body, open)];
}

/**
 * Tabs print titles in one list and panels in another: pairs them by position. `isOpen` says
 * which pair is shown first (its `details` gets `open`).
 */
export function pairedDetails(titles: Element[], panels: Element[], isOpen: (panel: Element, i: number) => boolean = () => false): Element[] {
  const out: Element[] = [];
  const n = Math.max(titles.length, panels.length);
  for (let i = 0; i < n; i++) {
    const panel = panels[i];
    out.push(...builderDetails(titles[i] ?? null, panel ? [...panel.children] : [], panel ? isOpen(panel, i) : false));
  }
  return out;
}
