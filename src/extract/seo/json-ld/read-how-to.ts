import { asList, asPlainText, asText } from '../../coerce';
import type { HowTo } from '../../../schema/seo';
import type { JsonLdGraph } from './json-ld-graph';
import { typesOf } from './types-of';

type Step = HowTo['steps'][number];

/**
 * The first HowTo node: name, description and steps as plain text. Steps may be strings,
 * HowToStep nodes (text, or HowToDirection items) or HowToSection nodes holding steps.
 *
 * @example readHowTo(graph) // → { name: 'Brew tea', description: null, steps: [{ name: null, text: 'Boil water.' }] }
 */
export function readHowTo(graph: JsonLdGraph): HowTo | null {
  const node = graph.ofType('HowTo')[0];
  const name = node ? asText(node.name) : null;
  if (!node || !name) return null;
  const steps: Step[] = [];
  for (const entry of asList(node.step)) collectSteps(graph, entry, steps, 0);
  return { name, description: asPlainText(node.description), steps };
}

function collectSteps(graph: JsonLdGraph, entry: unknown, out: Step[], depth: number): void {
  if (typeof entry === 'string') {
    const text = asPlainText(entry);
    if (text) out.push({ name: null, text });
    return;
  }
  const step = graph.resolve(entry);
  if (!step || depth > 3) return;
  if (typesOf(step).includes('HowToSection')) {
    for (const inner of asList(step.itemListElement)) collectSteps(graph, inner, out, depth + 1);
    return;
  }
  const name = asText(step.name);
  const directions = asList(step.itemListElement)
    .map((d) => (typeof d === 'string' ? asPlainText(d) : asPlainText(graph.resolve(d)?.text)))
    .filter((t): t is string => t !== null);
  const text = asPlainText(step.text) ?? (directions.length ? directions.join(' ') : null);
  if (text) out.push({ name, text });
  else if (name) out.push({ name: null, text: name });
}
