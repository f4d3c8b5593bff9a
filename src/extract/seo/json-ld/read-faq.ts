import { asList, asPlainText } from '../../coerce';
import type { FaqEntry } from '../../../schema/seo';
import type { JsonLdGraph } from './json-ld-graph';

/**
 * Question/answer pairs of every FAQPage (Yoast and Rank Math FAQ blocks, Elementor FAQ
 * widgets), as plain text. Yoast keeps each Question as its own node, so `mainEntity` is resolved.
 *
 * @example readFaq(graph) // → [{ question: 'Is it safe?', answer: 'Yes, and here is why.' }]
 */
export function readFaq(graph: JsonLdGraph): FaqEntry[] {
  const out: FaqEntry[] = [];
  const seen = new Set<string>();
  for (const page of graph.ofType('FAQPage')) {
    for (const ref of asList(page.mainEntity)) {
      const q = graph.resolve(ref);
      if (!q) continue;
      const question = asPlainText(q.name) ?? asPlainText(q.text);
      const answerNode = graph.resolve(asList(q.acceptedAnswer)[0]) ?? graph.resolve(asList(q.suggestedAnswer)[0]);
      const answer = answerNode ? asPlainText(answerNode.text) : null;
      if (!question || !answer) continue;
      const key = `${question}\u0000${answer}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ question, answer });
    }
  }
  return out;
}
