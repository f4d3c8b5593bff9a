// Compiles MDX documents with @mdx-js/mdx (+ remark-gfm, remark-frontmatter, as MDX sites
// use it) and reports their structure. Run as a child process: @mdx-js/mdx is ESM-only and
// jest runs CommonJS. stdin: [{ name, markdown }]; stdout: [{ name, ok, error, events, urls }].
import { compile, createProcessor } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

const remarkPlugins = [remarkFrontmatter, remarkGfm];
const norm = (t) => t.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n').trim();
const decode = (u) => {
  try {
    return decodeURI(u);
  } catch {
    return u;
  }
};

// remark-gfm links bare URLs in text (autolink literals), as GitHub does; those are text the
// article holds, not links it made, so only `[…](…)` links count.
function structure(tree, source = '') {
  const s = { events: [], urls: [] };
  const notes = { events: [], urls: [] };
  const text = (node, out) => {
    let t = '';
    for (const c of node.children ?? []) {
      if (c.type === 'text' || c.type === 'inlineCode') t += c.value;
      else if (c.type === 'break') t += '\n';
      else if (c.type === 'image') out.urls.push(`img:${decode(c.url)}`);
      else if (c.type === 'link') {
        // The literal transform makes some links without a position (`x="https://…"`); links
        // written `[…](…)` always have one.
        const literal = !c.position || source[c.position.start.offset] !== '[';
        if (!literal) out.urls.push(`a:${decode(c.url)}`);
        t += text(c, out);
      } else if (c.type === 'footnoteReference') t += `[^${c.label}]`;
      else if (c.type === 'mdxJsxTextElement') t += `<${c.name}>`;
      else t += text(c, out);
    }
    return t;
  };
  const flow = (node, out) => {
    switch (node.type) {
      case 'heading':
        out.events.push(`h${node.depth}: ${norm(text(node, out))}`);
        return;
      case 'paragraph':
        out.events.push(`p: ${norm(text(node, out))}`);
        return;
      case 'list':
        out.events.push(node.ordered ? `list:ol@${node.start ?? 1}` : 'list:ul');
        for (const item of node.children) {
          const paras = item.children.filter((c) => c.type === 'paragraph').map((c) => norm(text(c, out)));
          out.events.push(`li: ${paras.join(' ¶ ')}`);
          for (const c of item.children) if (c.type === 'list') flow(c, out);
        }
        out.events.push('/list');
        return;
      case 'blockquote':
        out.events.push('quote');
        node.children.forEach((c) => flow(c, out));
        out.events.push('/quote');
        return;
      case 'code':
        out.events.push(`code[${node.lang ?? ''}]: ${JSON.stringify(node.value)}`);
        return;
      case 'thematicBreak':
        out.events.push('hr');
        return;
      case 'table':
        out.events.push('table');
        for (const row of node.children) out.events.push(`tr: ${row.children.map((c) => norm(text(c, out))).join(' | ')}`);
        return;
      case 'mdxJsxFlowElement':
        out.events.push(`jsx: ${node.name}`);
        return;
      case 'footnoteDefinition':
        notes.events.push('footnote');
        node.children.forEach((c) => flow(c, notes));
        return;
      case 'yaml':
        return;
      default:
        out.events.push(`?${node.type}`);
    }
  };
  tree.children.forEach((c) => flow(c, s));
  return { events: [...s.events, ...notes.events], urls: [...s.urls, ...notes.urls] };
}

// Decoded once whole: a chunk boundary can fall inside a multi-byte character (an emoji).
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = Buffer.concat(chunks).toString('utf8');
const results = [];
for (const { name, markdown } of JSON.parse(input)) {
  try {
    await compile(markdown, { remarkPlugins });
    const tree = createProcessor({ remarkPlugins }).parse(markdown);
    results.push({ name, ok: true, error: null, ...structure(tree, markdown) });
  } catch (e) {
    results.push({ name, ok: false, error: String(e.message ?? e), events: [], urls: [] });
  }
}
process.stdout.write(JSON.stringify(results));
