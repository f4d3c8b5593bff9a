import * as domhandler from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode } from '../../src/dom/dom';

// dom.ts writes out domhandler's two guards (its package entry reads them through getters): they
// must answer as domhandler's own on every kind of node the parser makes.
describe('isTag and isText', () => {
  it('answer as domhandler does for every node type', () => {
    const doc = parseDocument('<!doctype html><p>a<b>b</b></p><script>x</script><style>y</style><!-- c --><![CDATA[d]]><svg><title>t</title></svg>', {
      decodeEntities: true,
      recognizeCDATA: true,
    });
    const nodes: AnyNode[] = [];
    const walk = (n: AnyNode) => {
      nodes.push(n);
      if ('children' in n) n.children.forEach(walk);
    };
    walk(doc);
    expect(new Set(nodes.map((n) => n.type))).toEqual(new Set(['root', 'directive', 'tag', 'text', 'script', 'style', 'comment', 'cdata']));
    for (const n of nodes) {
      expect(isTag(n)).toBe(domhandler.isTag(n));
      expect(isText(n)).toBe(domhandler.isText(n));
    }
  });
});
