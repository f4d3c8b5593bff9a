import { Session, type Profiler } from 'node:inspector';

/**
 * Stage of each function worth naming. A sample is billed to its innermost caller in this
 * table, so `parseHtml` inside `cleanHtml` counts as HTML parsing, not as cleaning.
 */
const stages: Record<string, string> = {
  readJson: 'parse: JSON.parse',
  parseWpPost: 'parse: validate (zod)',
  cleanHtml: 'clean: other',
  detectEditor: 'clean: detect editor',
  parseHtml: 'clean: parse HTML (htmlparser2)',
  parseHtmlWithClasses: 'clean: parse HTML (htmlparser2)',
  applyRules: 'clean: rules',
  extractBody: 'extract: body blocks',
  extractSeo: 'extract: seo',
  convertPost: 'extract: other fields',
  postStages: 'extract: other fields',
  createContext: 'extract: other fields: context',
  extractTitle: 'extract: other fields: title, excerpt',
  extractExcerpt: 'extract: other fields: title, excerpt',
  sanitizeHtmlBlocks: 'extract: other fields: sanitize html blocks',
  extractHeadings: 'extract: other fields: headings, outline',
  buildOutline: 'extract: other fields: headings, outline',
  extractLists: 'extract: other fields: lists',
  extractSources: 'extract: other fields: sources',
  extractStats: 'extract: other fields: stats',
  extractTerms: 'extract: other fields: terms',
  extractDates: 'extract: other fields: dates',
  extractAuthor: 'extract: other fields: author',
  extractFeaturedImage: 'extract: other fields: featured image',
  extractLanguage: 'extract: other fields: language',
  extractLinks: 'extract: other fields: links',
  renderHtml: 'render: html',
  renderText: 'render: text',
  renderMarkdown: 'render: markdown',
  renderFrontMatter: 'render: markdown front matter (yaml)',
  garbage_collector: 'gc',
  '(garbage collector)': 'gc',
};

/** Milliseconds per stage, and per function (self time) for the hot-spot list. */
export interface StageProfile {
  stages: Map<string, number>;
  functions: Map<string, number>;
}

/** CPU-profiles `run` in this process (inspector, no child process) and returns ms per stage. */
export async function profileStages(run: () => void): Promise<StageProfile> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  run();
  const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
  session.disconnect();
  return byStage(profile);
}

function byStage(profile: Profiler.Profile): StageProfile {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = stageOf.get(id);
    if (known) return known;
    const fn = nodes.get(id)!.callFrame.functionName;
    const p = parent.get(id);
    const s = (Object.hasOwn(stages, fn) ? stages[fn] : undefined) ?? (p === undefined ? 'other (harness, idle)' : resolve(p));
    stageOf.set(id, s);
    return s;
  };
  const ms = new Map<string, number>();
  const functions = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const t = (deltas[i] ?? 0) / 1000;
    const s = resolve(samples[i]!);
    ms.set(s, (ms.get(s) ?? 0) + t);
    const f = nodes.get(samples[i]!)!.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + t);
  }
  return { stages: ms, functions };
}

/** The `top` functions by self time. */
export function hotTable(functions: Map<string, number>, top = 25): string {
  const total = [...functions.values()].reduce((a, b) => a + b, 0);
  const rows = [...functions].sort((a, b) => b[1] - a[1]).slice(0, top);
  return ['| function (self time) | ms | share |', '|---|---:|---:|', ...rows.map(([f, t]) => `| ${f} | ${t.toFixed(0)} | ${((t / total) * 100).toFixed(1)}% |`)].join('\n');
}

/** The stage table, largest first. */
export function stageTable(ms: Map<string, number>, posts: number): string {
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  const rows = [...ms].sort((a, b) => b[1] - a[1]);
  const lines = ['| stage | ms | ms/post | share |', '|---|---:|---:|---:|'];
  for (const [stage, t] of rows) lines.push(`| ${stage} | ${t.toFixed(0)} | ${(t / posts).toFixed(3)} | ${((t / total) * 100).toFixed(1)}% |`);
  return lines.join('\n');
}
