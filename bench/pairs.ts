/**
 * `npm run bench:pairs [-- --json] [--sizes 10000,100000] [--couples 200]`
 *
 * Job für Zwei at catalog scale: for generated corpora of postings and generated couples (two
 * profiles of the corpus, placed at one of them), the p50/p99 latency of couplePairs (each partner's
 * 40 best jobs from the match index, then the pairing over the towns around). Baseline in the same
 * run, on the same profiles: one ordinary top-5 search per partner (what the pairing cannot avoid);
 * the ratio says what the pairing adds. With --json the last stdout line is {results: [...]}.
 */
import { performance } from 'node:perf_hooks';
import { searchProfile } from '../src/profile/search-profile';
import type { Profile } from '../src/profile/types';
import { couplePairs } from '../src/services/couple-pairs';
import { createProposalService } from '../src/services/proposals';
import type { MatchQuery } from '../src/matching/query';
import type { SkillVocabulary } from '../src/services/ports';
import { generateCorpus } from './corpus';

const json = process.argv.includes('--json');
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const log = (line: string) => (json ? console.error(line) : console.log(line));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const round = (x: number) => Math.round(x * 1000) / 1000;

const vocabulary: SkillVocabulary = { find: () => [], label: (id) => id, related: () => [] };

function profileOf(query: MatchQuery, id: string, at: MatchQuery): Profile {
  const point = at.point ?? query.point;
  return searchProfile({
    id,
    locale: 'de-CH',
    skills: query.skills.map((s) => ({ conceptId: s.conceptId, label: s.conceptId, level: s.level })),
    radiusKm: 25,
    place: point && { postalCode: '0000', name: 'Region', country: 'CH', point },
  });
}

async function time(couples: [Profile, Profile][], run: (a: Profile, b: Profile) => Promise<unknown>): Promise<number[]> {
  for (const [a, b] of couples.slice(0, 10)) await run(a, b);
  const times: number[] = [];
  for (const [a, b] of couples) {
    const t0 = performance.now();
    await run(a, b);
    times.push(performance.now() - t0);
  }
  return times.sort((x, y) => x - y);
}

async function benchSize(postings: number, count: number) {
  const corpus = generateCorpus({ postings, profiles: count * 2, seed: postings });
  const service = createProposalService({ catalog: { activeJobs: async () => corpus.jobs, allTrainings: async () => [] }, vocabulary, feedback: async () => [] });
  await service.refresh(true);
  const couples: [Profile, Profile][] = [];
  for (let i = 0; i + 1 < corpus.queries.length; i += 2) {
    const a = corpus.queries[i]!;
    couples.push([profileOf(a, `a${i}`, a), profileOf(corpus.queries[i + 1]!, `b${i}`, a)]);
  }
  const pairs = await time(couples, (a, b) => couplePairs(service, a, b));
  let found = 0;
  for (const [a, b] of couples) if ((await couplePairs(service, a, b)).pairs.length > 0) found++;
  const single = await time(couples, async (a, b) => Promise.all([service.jobs(a, { limit: 5 }), service.jobs(b, { limit: 5 })]));
  const result = {
    postings,
    couples: couples.length,
    couplesWithPairs: found,
    pairsP50Ms: round(percentile(pairs, 0.5)),
    pairsP99Ms: round(percentile(pairs, 0.99)),
    baselineTwoSearchesP50Ms: round(percentile(single, 0.5)),
    ratioP50: round(percentile(pairs, 0.5) / percentile(single, 0.5)),
  };
  log(JSON.stringify(result));
  return result;
}

async function main() {
  const sizes = (option('sizes') ?? '10000,100000').split(',').map(Number);
  const count = Number(option('couples') ?? 200);
  const results = [];
  for (const size of sizes) results.push(await benchSize(size, count));
  if (json) console.log(JSON.stringify({ results }));
}

void main();
