/**
 * `npm run bench:match [-- --json] [--sizes 10000,100000,1000000] [--queries 1000]`
 *
 * For generated corpora of postings (plus trainings) it measures the match index: build time,
 * heap growth after gc (run with --expose-gc, as the npm script does), and the p50/p99 latency of a
 * top-10 query over generated profiles. Baselines in the same run, on the same queries: a naive
 * full scan with exactly the same scoring (also checked to return the same top 10), and MiniSearch
 * (BM25) over the same texts (title and skill labels; query = the person's skill labels).
 * Goals at 100k: p50 ≤ 2 ms, p99 ≤ 10 ms, ≥ 20× faster than the naive scan, faster than MiniSearch;
 * ≤ 500 MB at 1M. With --json the last stdout line is {results: [...]}.
 */
import MiniSearch from 'minisearch';
import { performance } from 'node:perf_hooks';
import { MatchIndex } from '../src/matching/match-index';
import { naiveSearch, prepareNaive } from '../src/matching/naive';
import type { MatchQuery } from '../src/matching/query';
import { builtinTaxonomy } from '../src/matching/taxonomy';
import { TrainingIndex } from '../src/matching/training-index';
import type { JobPosting } from '../src/matching/types';
import { generateCorpus, type CorpusConcept } from './corpus';

const json = process.argv.includes('--json');
const MB = 1024 * 1024;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function log(line: string): void {
  if (json) console.error(line);
  else console.log(line);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / MB;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Times `run` per query; returns the latencies in ms, sorted. */
function timeQueries(queries: MatchQuery[], run: (q: MatchQuery) => unknown): number[] {
  for (const q of queries.slice(0, 20)) run(q); // warm-up
  const times = queries.map((q) => {
    const t0 = performance.now();
    run(q);
    return performance.now() - t0;
  });
  return times.sort((a, b) => a - b);
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** How many queries a slow baseline gets, so a size takes seconds, not minutes. */
function baselineQueries(postings: number, queries: number): number {
  return Math.min(queries, Math.max(30, Math.floor(2e7 / postings)));
}

function miniSearchOf(jobs: JobPosting[], labels: Map<string, string>): MiniSearch {
  const mini = new MiniSearch({ fields: ['title', 'skills'], idField: 'i' });
  const docs = jobs.map((job, i) => ({ i, title: job.title, skills: job.skills.map((s) => labels.get(s.conceptId) ?? '').join(' ') }));
  mini.addAll(docs);
  return mini;
}

function benchSize(postings: number, queryCount: number, concepts: CorpusConcept[]) {
  const corpus = generateCorpus({ postings, profiles: queryCount, concepts, seed: postings });
  const labels = new Map(concepts.map((c) => [c.id, c.label]));
  const before = heapMb();
  const t0 = performance.now();
  const index = new MatchIndex(corpus.jobs);
  const trainings = new TrainingIndex(corpus.trainings);
  const buildMs = performance.now() - t0;
  const memoryMb = heapMb() - before;

  const indexTimes = timeQueries(corpus.queries, (q) => index.search(q, { limit: 10 }));
  const sample = corpus.queries.slice(0, baselineQueries(postings, queryCount));
  const sampleIndexTimes = timeQueries(sample, (q) => index.search(q, { limit: 10 }));

  const naive = prepareNaive(corpus.jobs);
  let agree = 0;
  for (const q of sample.slice(0, 30)) {
    const a = index.search(q, { limit: 10 }).items.map((i) => i.job.id).join();
    const b = naiveSearch(naive, q, { limit: 10 }).items.map((i) => i.job.id).join();
    if (a === b) agree++;
  }
  const naiveTimes = timeQueries(sample, (q) => naiveSearch(naive, q, { limit: 10 }));

  const tMini = performance.now();
  const mini = miniSearchOf(corpus.jobs, labels);
  const miniBuildMs = performance.now() - tMini;
  const miniTimes = timeQueries(sample, (q) => mini.search(q.skills.map((s) => labels.get(s.conceptId) ?? '').join(' ')).slice(0, 10));

  const p50 = percentile(indexTimes, 0.5);
  const sampleP50 = percentile(sampleIndexTimes, 0.5);
  return {
    postings,
    trainings: trainings.trainings.length,
    buildMs: round(buildMs, 1),
    memoryMb: round(memoryMb, 1),
    p50Ms: round(p50),
    p99Ms: round(percentile(indexTimes, 0.99)),
    naiveP50Ms: round(percentile(naiveTimes, 0.5)),
    miniSearchP50Ms: round(percentile(miniTimes, 0.5)),
    miniSearchBuildMs: round(miniBuildMs, 1),
    speedupVsNaive: round(percentile(naiveTimes, 0.5) / sampleP50, 1),
    speedupVsMiniSearch: round(percentile(miniTimes, 0.5) / sampleP50, 1),
    queries: indexTimes.length,
    baselineQueries: sample.length,
    sameTop10AsNaive: `${agree}/${Math.min(30, sample.length)}`,
  };
}

function main(): void {
  const sizes = (option('sizes') ?? '10000,100000,1000000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const queries = Number(option('queries') ?? 1000);
  if (!(globalThis as { gc?: unknown }).gc) log('note: run with node --expose-gc (npm run bench:match does) for exact memory figures');
  const concepts = builtinTaxonomy()
    .concepts('skill')
    .map((c) => ({ id: c.id, label: c.labels['de-DE'] }));
  const results = [];
  for (const size of sizes) {
    const r = benchSize(size, queries, concepts);
    results.push(r);
    log(
      `${String(size).padStart(8)} postings: build ${r.buildMs} ms, ${r.memoryMb} MB, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms | ` +
        `naive p50 ${r.naiveP50Ms} ms (×${r.speedupVsNaive}), MiniSearch p50 ${r.miniSearchP50Ms} ms (×${r.speedupVsMiniSearch}), same top 10 as naive ${r.sameTop10AsNaive}`,
    );
    gc();
  }
  if (json) console.log(JSON.stringify({ results }));
}

main();
