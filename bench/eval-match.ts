/**
 * `npm run eval:match -- <dir> [--json] [--verbose]`: ranking quality of Lotse's matcher on the
 * labelled persona sets in <dir> (default eval/personas; format in eval/personas/README.md):
 * nDCG@10 and recall@10 per set and overall, against MiniSearch (BM25 over the same job texts)
 * queried with the persona's own description, and — a stronger keyword baseline — with the
 * persona's skill names and place. With --json the last stdout line is
 * {k, sets: [{name, personas, jobs, matcher, minisearch, minisearchSkills, …}], overall: {…, ratio}}
 * where ratio = matcher nDCG@10 / MiniSearch nDCG@10.
 *
 * `--sets=<name>,<name>` runs only the persona and course sets of those file names (without
 * ".json"), e.g. the tuning sets while tuning, so the first-run sets are not run at all.
 *
 * `--dropout=<share>` (0..1, `--seed=<n>`, default 1): vocabulary dropout, a simulation of sets whose
 * words the taxonomy does not know: that share of the personas' and postings' skill phrases (drawn
 * deterministically by the seed) is treated as unknown to the taxonomy (the persona keeps it as own
 * words, the posting as an unresolved phrase). Persona sets only.
 *
 * Trainings section (course sets in eval/trainings, or --trainings=<dir>; --no-trainings skips it):
 * nDCG@5 and recall@5 of Lotse's training proposals and of BM25 over course title and content with
 * the person's skill words and own words; in the JSON under "trainings".
 */
import { projectPath } from '../src/paths';
import { exitUnlessRun } from './cli-args';
import { commandOf, USAGE } from './eval-match-args';
import { evaluateDirectory, selectSections, type EvalReport, type PersonaResult, type Scores, type SetResult } from './eval-sets';
import { evaluateTrainingDirectory, type TrainingReport, type TrainingScores } from './eval-trainings';

const args = process.argv.slice(2);
const command = commandOf(args);
exitUnlessRun(command, USAGE);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? projectPath('eval', 'personas');
const only = args.find((a) => a.startsWith('--sets='))?.slice('--sets='.length).split(',').filter(Boolean);
const numberArg = (name: string): number | undefined => {
  const value = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`--${name}: not a number: ${value}`);
  return n;
};
const share = numberArg('dropout');
const dropout = share === undefined ? undefined : { share: Math.min(1, Math.max(0, share)), seed: numberArg('seed') ?? 1 };
const trainingsDir = args.includes('--no-trainings') ? undefined : (args.find((a) => a.startsWith('--trainings='))?.slice('--trainings='.length) ?? projectPath('eval', 'trainings'));

function log(line: string): void {
  if (json) console.error(line);
  else console.log(line);
}

function cells(s: Scores): string {
  return `${s.ndcg10.toFixed(3).padStart(7)} ${s.recall10.toFixed(3).padStart(6)}`;
}

/** Matcher nDCG@10 over the stronger of the two BM25 baselines (goal of issue 11: ≥ 1.15). */
function vsStronger(r: { matcher: Scores; minisearch: Scores; minisearchSkills: Scores }): string {
  const strongest = Math.max(r.minisearch.ndcg10, r.minisearchSkills.ndcg10);
  return strongest > 0 ? `${(r.matcher.ndcg10 / strongest).toFixed(2)}×` : '–';
}

function row(name: string, personas: number, jobs: number, r: { matcher: Scores; minisearch: Scores; minisearchSkills: Scores }): string {
  return `${name.padEnd(28)} ${String(personas).padStart(4)} ${String(jobs).padStart(5)} | ${cells(r.matcher)} | ${cells(r.minisearch)} | ${cells(r.minisearchSkills)} | ${vsStronger(r).padStart(6)}`;
}

/** One persona's scores and each system's top 10 as id:grade. */
function printPersona(set: SetResult, p: PersonaResult): void {
  log(row(`  ${p.id} (${p.relevant} rel.)`, 1, set.jobs, p));
  for (const [system, ids] of Object.entries(p.rankings)) log(`    ${system.padEnd(17)} ${ids.join(' ')}`);
}

/** Tuning sets, then held-out ones, each group under its title; a group with no set is left out. */
function tuningThenHeldOut<S extends { heldOut: boolean }>(sets: readonly S[]): [string, S[]][] {
  const groups: [string, S[]][] = [
    ['tuning sets:', sets.filter((s) => !s.heldOut)],
    ['first-run (held-out sets, never tuned on):', sets.filter((s) => s.heldOut)],
  ];
  return groups.filter(([, members]) => members.length > 0);
}

function printTable(report: EvalReport): void {
  log(`${''.padEnd(28)} ${''.padStart(4)} ${''.padStart(5)} | ${'Lotse matcher'.padEnd(14)} | ${'BM25 own words'.padEnd(14)} | ${'BM25 skills'.padEnd(14)} | matcher /`);
  log(`${'set'.padEnd(28)} ${'pers'.padStart(4)} ${'jobs'.padStart(5)} | ${'nDCG@10'.padStart(7)} ${'R@10'.padStart(6)} | ${'nDCG@10'.padStart(7)} ${'R@10'.padStart(6)} | ${'nDCG@10'.padStart(7)} ${'R@10'.padStart(6)} | stronger`);
  for (const [title, sets] of tuningThenHeldOut(report.sets)) {
    log(title);
    for (const s of sets) {
      log(row(s.name, s.personas, s.jobs, s));
      if (verbose) for (const p of s.perPersona) printPersona(s, p);
    }
  }
  const o = report.overall;
  log(row('overall', o.personas, o.jobs, o));
  log('BM25 = MiniSearch over the same postings (title, occupation, employer, place, skills, description), filtered by the persona\'s radius,');
  log('queried with the persona\'s own description (own words) or skill words (skills)');
  log(`matcher / MiniSearch (text) nDCG@10: ${o.ratio.toFixed(2)}×`);
  log('');
  log('diagnostics (not baselines): how many of 10 jobs the matcher returned; every job ranked by the matcher\'s score alone');
  log('(no hard constraints); and the matcher\'s page filled up from that ranking.');
  log(`${'set'.padEnd(28)} ${'returned'.padStart(10)} | ${'score only'.padEnd(14)} | strict, then filled`);
  for (const s of [...report.sets, { name: 'overall', diagnostics: o.diagnostics }]) {
    const d = s.diagnostics;
    log(`${s.name.padEnd(28)} ${d.matcherReturned.toFixed(1).padStart(10)} | ${cells(d.scoreOnly)} | ${cells(d.strictThenScore)}`);
  }
  printRecallCeiling(report);
  // A held-out set's words are only counted: listing them would show its content to whoever tunes.
  for (const s of report.sets.filter((x) => x.unresolvedSkills.length > 0)) {
    const words = s.heldOut ? `${s.unresolvedSkills.length} (held out: not listed)` : s.unresolvedSkills.join(', ');
    log(`${s.name}: skills not in the taxonomy (ignored by the matcher): ${words}`);
  }
  for (const s of report.sets.filter((x) => x.nonSkills.length > 0)) {
    const words = s.heldOut ? `${s.nonSkills.length} (held out: not listed)` : s.nonSkills.join(', ');
    log(`${s.name}: no skills (school certificates, working conditions, situations; read as words only): ${words}`);
  }
}

/** How much recall the hard constraints (radius, kind) leave, next to the matcher's recall. */
function printRecallCeiling(report: EvalReport): void {
  log('recall ceiling: share of the relevant jobs inside the persona\'s hard constraints (radius, kind); jobs beyond them reach the page only as labelled relaxed fill-ups');
  for (const s of [...report.sets, { name: 'overall', diagnostics: report.overall.diagnostics, matcher: report.overall.matcher }]) {
    log(`${s.name.padEnd(28)} ceiling ${s.diagnostics.recallCeiling.toFixed(3)} | matcher R@10 ${s.matcher.recall10.toFixed(3)}`);
  }
}

function trainingCells(s: TrainingScores): string {
  return `${s.ndcg5.toFixed(3).padStart(7)} ${s.recall5.toFixed(3).padStart(6)}`;
}

/** The trainings section: Lotse's proposals against BM25 over the courses, per course set. */
function printTrainings(report: TrainingReport): void {
  const line = (name: string, personas: number, courses: number, r: { lotse: TrainingScores; bm25Skills: TrainingScores; bm25Words: TrainingScores; ratio: number }) =>
    `${name.padEnd(28)} ${String(personas).padStart(4)} ${String(courses).padStart(5)} | ${trainingCells(r.lotse)} | ${trainingCells(r.bm25Skills)} | ${trainingCells(r.bm25Words)} | ${(Number.isNaN(r.ratio) ? '–' : `${r.ratio.toFixed(2)}×`).padStart(6)}`;
  log('');
  log(`trainings (top ${report.k}):`);
  log(`${''.padEnd(28)} ${''.padStart(4)} ${''.padStart(5)} | ${'Lotse'.padEnd(14)} | ${'BM25 skills'.padEnd(14)} | ${'BM25 own words'.padEnd(14)} | Lotse /`);
  log(`${'course set'.padEnd(28)} ${'pers'.padStart(4)} ${'crs'.padStart(5)} | ${'nDCG@5'.padStart(7)} ${'R@5'.padStart(6)} | ${'nDCG@5'.padStart(7)} ${'R@5'.padStart(6)} | ${'nDCG@5'.padStart(7)} ${'R@5'.padStart(6)} | stronger`);
  for (const [title, sets] of tuningThenHeldOut(report.sets)) {
    log(title);
    for (const s of sets) {
      log(line(s.name, s.personas, s.courses, s));
      if (verbose) {
        for (const p of s.perPersona) {
          log(line(`  ${p.id} (${p.relevant} rel.)`, 1, s.courses, { ...p, ratio: NaN }));
          for (const [system, ids] of Object.entries(p.rankings)) log(`    ${system.padEnd(17)} ${ids.join(' ')}`);
        }
      }
    }
  }
  const o = report.overall;
  log(line('overall', o.personas, o.courses, o));
  log('BM25 = MiniSearch over course title and content, only courses still to come and online or within twice the radius (as Lotse).');
}

async function main(): Promise<void> {
  const selected = selectSections(dir, trainingsDir, only);
  const report = selected.personas ? await evaluateDirectory(dir, only, dropout) : undefined;
  if (report) printTable(report);
  const trainings = trainingsDir && selected.courses ? await evaluateTrainingDirectory(trainingsDir, only) : undefined;
  if (trainings) printTrainings(trainings);
  if (json) console.log(JSON.stringify({ ...report, ...(trainings ? { trainings } : {}) }));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
