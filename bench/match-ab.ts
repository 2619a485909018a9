/**
 * `node --expose-gc dist/bench/match-ab.js <distA> <distB> [postings=100000] [queries=1000] [profiles]`
 *
 * Two builds of the matcher (two copies of `dist`, e.g. main's and a branch's) on the same generated
 * corpus in one process: every query of each profile (structured, hybrid with skill words, trained,
 * career changer; `profiles` a comma-separated subset) runs on both, alternating which goes first,
 * so a shared, loaded machine slows both alike. Prints p50/p99 wall time and CPU time per query of
 * each build and B/A ratios, and counts the queries whose results (ids, scores, reasons) differ: an
 * exact speed-up must report 0. Run with NODE_PATH pointing at node_modules when a copy lies
 * outside the repository.
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import type { MatchQuery } from '../src/matching/query';
import type * as CorpusModule from './corpus';
import type * as HybridModule from '../src/matching/hybrid';
import type * as LexicalModule from '../src/matching/lexical';
import type * as IndexModule from '../src/matching/match-index';
import type * as FactsModule from '../src/matching/concept-facts';
import type * as TaxonomyModule from '../src/matching/taxonomy';

/* eslint-disable @typescript-eslint/no-require-imports -- the two builds are loaded from paths given at run time */
type Build = {
  corpus: typeof CorpusModule;
  hybrid: typeof HybridModule;
  lexical: typeof LexicalModule;
  index: typeof IndexModule;
  facts: typeof FactsModule;
  taxonomy: typeof TaxonomyModule;
};
const load = (dist: string): Build => {
  const d = resolve(dist);
  return {
    corpus: require(`${d}/bench/corpus.js`),
    hybrid: require(`${d}/src/matching/hybrid.js`),
    lexical: require(`${d}/src/matching/lexical.js`),
    index: require(`${d}/src/matching/match-index.js`),
    facts: require(`${d}/src/matching/concept-facts.js`),
    taxonomy: require(`${d}/src/matching/taxonomy/index.js`),
  };
};
/* eslint-enable @typescript-eslint/no-require-imports */

function main(): void {
  const [a, b, postingsArg, queriesArg, only] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: match-ab <distA> <distB> [postings] [queries] [profiles]');
  const postings = Number(postingsArg ?? 100_000);
  const queries = Number(queriesArg ?? 1000);
  const builds = [load(a), load(b)];
  const first = builds[0]!;
  const taxonomy = first.taxonomy.builtinTaxonomy();
  const concepts = taxonomy.concepts('skill').map((c) => ({ id: c.id, label: c.labels['de-DE'] }));
  const labels = new Map(concepts.map((c) => [c.id, c.label]));
  const occupationOf = first.corpus.occupationsOf(taxonomy);
  const occupations = [...new Set(first.corpus.TITLES.map((t) => occupationOf(t, 0)).filter((o): o is string => o !== undefined))];
  const corpus = first.corpus.generateCorpus({ postings, profiles: queries, concepts, seed: postings, occupationOf });
  const sides = builds.map((m) => {
    const index = new m.index.MatchIndexBuilder(postings).add(corpus.jobs).build();
    const lexical = new m.lexical.LexicalIndexBuilder((id) => labels.get(id), postings).add(corpus.jobs).build();
    const facts = m.facts.taxonomyFacts(taxonomy);
    return {
      hybrid: (q: MatchQuery): unknown => m.hybrid.hybridSearch(index, () => lexical, q, facts, { limit: 10 }),
      structured: (q: MatchQuery): unknown => index.search(q, { limit: 10 }),
    };
  });
  const withWords = (q: MatchQuery): MatchQuery => ({ ...q, text: q.skills.map((s) => labels.get(s.conceptId) ?? '').join(' ') });
  const trained = (changer: boolean) => corpus.queries.map((q, k) => first.corpus.trainedProfile(q, k, occupations, taxonomy, labels, changer));
  const profiles: [string, MatchQuery[]][] = [
    ['structured', corpus.queries],
    ['hybrid', corpus.queries.map(withWords)],
    ['trained', trained(false)],
    ['changer', trained(true)],
  ];
  const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  let differing = 0;
  for (const [name, qs] of profiles) {
    if (only && !only.split(',').includes(name)) continue;
    const run = sides.map((s) => (name === 'structured' ? s.structured : s.hybrid));
    for (const q of qs.slice(0, 20)) for (const r of run) r(q);
    (globalThis as { gc?: () => void }).gc?.();
    const times: number[][] = [[], []];
    const cpu = [0, 0];
    qs.forEach((q, k) => {
      const out: string[] = [];
      for (const s of k % 2 ? [1, 0] : [0, 1]) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const result = run[s]!(q);
        times[s]!.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu[s]! += c.user + c.system;
        out[s] = JSON.stringify(result);
      }
      if (out[0] !== out[1]) differing++;
    });
    const [sa, sb] = times.map((t) => [...t].sort((x, y) => x - y)) as [number[], number[]];
    const f = (x: number) => x.toFixed(2);
    console.log(
      `${name.padEnd(10)} A p50 ${f(pct(sa, 0.5))} p99 ${f(pct(sa, 0.99))} ms | B p50 ${f(pct(sb, 0.5))} p99 ${f(pct(sb, 0.99))} ms | ` +
        `B/A p50 ×${(pct(sb, 0.5) / pct(sa, 0.5)).toFixed(3)} p99 ×${(pct(sb, 0.99) / pct(sa, 0.99)).toFixed(3)} | ` +
        `CPU per query A ${f(cpu[0]! / 1000 / qs.length)} B ${f(cpu[1]! / 1000 / qs.length)} ms, B/A ×${(cpu[1]! / cpu[0]!).toFixed(3)}`,
    );
  }
  console.log(`queries with differing results: ${differing}`);
}

main();
