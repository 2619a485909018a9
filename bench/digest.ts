/**
 * `npm run bench:digest [-- --json] [--profiles 100000] [--jobs 5000] [--companies 500]`
 *
 * Generates a network (companies with HR people, new jobs, consenting profiles with skills
 * clustered by occupation and spread over Switzerland) in a temporary SQLite database, in a
 * child process so that seeding does not count towards the peak memory. Then measures one full
 * digest run (queue + send to every HR person) and an incremental run after 1 % of the profiles
 * and 2 % of the jobs changed. Baseline, measured in the same run: naive all-pairs scoring
 * (every job against every profile, no index) on a sample of jobs, extrapolated to all jobs.
 * Goals: ≤ 30 s and ≤ 2 GB peak. With --json the last stdout line is one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pino from 'pino';
import { DEFAULT_THRESHOLD, featuresFor, prepareCandidate, prepareJobs, scoreOf } from '../src/digest';
import { runDigest } from '../src/hr/digest-run';
import type { ProactiveMessenger } from '../src/services/ports';
import { openDatabase, sqlitePath, type Database } from '../src/store/database';
import { HrStore } from '../src/store/hr-store';
import { deriveKeys } from '../src/secrets';

const BENCH_KEYS = deriveKeys('benchmark-master-secret-0123456789abcdef');

const OCCUPATIONS = 60;
const SKILLS_PER_OCCUPATION = 10;
const LEVELS = ['basic', 'good', 'expert'] as const;

interface Sizes {
  profiles: number;
  jobs: number;
  companies: number;
  sample: number;
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} expects a positive whole number`);
  return value;
}

/** A small deterministic PRNG, so every bench run sees the same network. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const skillId = (occupation: number, k: number) => `occ${occupation}-s${k}`;

function distinctSkills(rand: () => number, count: number): number[] {
  const set = new Set<number>();
  while (set.size < count) set.add(Math.floor(rand() * SKILLS_PER_OCCUPATION));
  return [...set];
}

/** A point in Switzerland's bounding box, with its 4-digit PLZ-like code. */
function place(rand: () => number) {
  const latitude = 45.9 + rand() * 1.8;
  const longitude = 6.1 + rand() * 4.3;
  return { latitude, longitude, postalCode: String(1000 + Math.floor(rand() * 8999)) };
}

async function seedCompanies(db: Database, sizes: Sizes, now: Date): Promise<string[]> {
  const ids = Array.from({ length: sizes.companies }, () => randomUUID());
  const until = new Date(now.getTime() + 365 * 24 * 3600_000);
  await db.prisma.company.createMany({ data: ids.map((id, i) => ({ id, name: `Firma ${i + 1} AG`, subscriptionFrom: new Date(0), subscriptionUntil: until })) });
  const hrIds = ids.map(() => randomUUID());
  await db.prisma.hrUser.createMany({ data: ids.map((companyId, i) => ({ id: hrIds[i]!, companyId })) });
  await db.prisma.conversationRef.createMany({
    data: hrIds.map((hrUserId, i) => ({
      id: randomUUID(),
      hrUserId,
      channelId: 'msteams',
      conversationId: `bench-hr-${i}`,
      channelUserId: `hr-${i}`,
      reference: JSON.stringify({ channelId: 'msteams', conversation: { id: `bench-hr-${i}` }, user: { id: `hr-${i}` } }),
    })),
  });
  return ids;
}

/** Prisma's SQLite DateTime text format, so rows written here compare like Prisma's own. */
const sqliteDate = (d: Date) => d.toISOString().replace('Z', '+00:00');

/** Bulk writes through better-sqlite3 in one transaction (Prisma's createMany is far slower for 10^6 rows). */
function bulkWrite(file: string, fill: (raw: BetterSqlite3.Database) => void): void {
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  raw.transaction(() => fill(raw))();
  raw.close();
}

function seedProfiles(file: string, count: number, rand: () => number, now: Date): void {
  const at = sqliteDate(now);
  bulkWrite(file, (raw) => {
    const person = raw.prepare(
      'INSERT INTO Person (id, visibility, radiusKm, pensumMin, pensumMax, startDate, latitude, longitude, postalCode, createdAt, updatedAt, lastSeenAt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
    );
    const skill = raw.prepare('INSERT INTO PersonSkill (id, personId, conceptId, label, level, createdAt) VALUES (?,?,?,?,?,?)');
    const language = raw.prepare('INSERT INTO PersonLanguage (personId, language, level) VALUES (?,?,?)');
    for (let i = 0; i < count; i += 1) {
      const id = randomUUID();
      const occupation = Math.floor(rand() * OCCUPATIONS);
      const p = place(rand);
      const visibility = rand() < 0.9 ? 'anonymous' : 'private';
      person.run(id, visibility, 15 + Math.floor(rand() * 40), pick(rand, [40, 60, 80, 100]), 100, 'asap', p.latitude, p.longitude, p.postalCode, at, at, at);
      for (const k of distinctSkills(rand, 4 + Math.floor(rand() * 4))) {
        skill.run(randomUUID(), id, skillId(occupation, k), `Fertigkeit ${occupation}-${k}`, pick(rand, LEVELS), at);
      }
      language.run(id, 'de', pick(rand, ['B1', 'B2', 'C1', 'native']));
    }
  });
}

function seedJobs(file: string, companies: string[], count: number, rand: () => number, prefix: string, now: Date): void {
  const at = sqliteDate(now);
  bulkWrite(file, (raw) => {
    const job = raw.prepare(
      'INSERT INTO JobPosting (id, source, externalId, companyId, employerName, title, kind, pensumMin, pensumMax, languages, latitude, longitude, postalCode, publishedAt, updatedAt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
    );
    const skill = raw.prepare('INSERT INTO JobSkill (jobId, conceptId, essential, level) VALUES (?,?,?,?)');
    for (let i = 0; i < count; i += 1) {
      const id = `${prefix}-${i}`;
      const occupation = Math.floor(rand() * OCCUPATIONS);
      const p = place(rand);
      job.run(id, 'bench', id, companies[i % companies.length], 'Firma', `Stelle ${occupation}/${i}`, 'permanent', 80, 100, '[{"language":"de","level":"B1"}]', p.latitude, p.longitude, p.postalCode, at, at);
      distinctSkills(rand, 5).forEach((k, n) => skill.run(id, skillId(occupation, k), n < 3 ? 1 : 0, n === 0 ? 'good' : 'basic'));
    }
  });
}

/** Child process: creates and fills the database. */
async function seed(url: string, sizes: Sizes, now: Date): Promise<void> {
  const db = await openDatabase(url);
  const rand = prng(42);
  const companies = await seedCompanies(db, sizes, now);
  await db.close();
  const file = sqlitePath(url);
  seedProfiles(file, sizes.profiles, rand, now);
  seedJobs(file, companies, sizes.jobs, rand, 'job', now);
}

/** Naive baseline: every sampled job against every profile, no index. Returns seconds for all jobs. */
async function naiveBaseline(db: Database, sizes: Sizes, now: Date): Promise<{ seconds: number; readSeconds: number; sampled: number }> {
  const store = new HrStore(db);
  const readStart = performance.now();
  const [jobs, candidates] = await Promise.all([store.activeJobs(now), store.consentingCandidates()]);
  const readSeconds = (performance.now() - readStart) / 1000;
  const sample = prepareJobs(jobs.slice(0, Math.min(sizes.sample, jobs.length)));
  const prepareStart = performance.now();
  const prepared = candidates.map((c) => prepareCandidate(c, now));
  const prepareSeconds = (performance.now() - prepareStart) / 1000;
  const start = performance.now();
  let kept = 0;
  for (const job of sample) {
    for (const candidate of prepared) {
      const f = featuresFor(job, candidate);
      if (f && scoreOf(f) >= DEFAULT_THRESHOLD) kept += 1;
    }
  }
  const perJob = (performance.now() - start) / 1000 / Math.max(1, sample.length);
  if (kept < 0) throw new Error('unreachable');
  return { seconds: readSeconds + prepareSeconds + perJob * jobs.length, readSeconds, sampled: sample.length };
}

async function changeSome(db: Database, url: string, sizes: Sizes, now: Date): Promise<void> {
  // One statement: Prisma's updateMany with 1,000 ids exceeds SQLite's parameter limit.
  bulkWrite(sqlitePath(url), (raw) => {
    raw
      .prepare('UPDATE Person SET pensumMin = 50, updatedAt = ? WHERE id IN (SELECT id FROM Person ORDER BY id LIMIT ?)')
      .run(sqliteDate(new Date()), Math.ceil(sizes.profiles / 100));
  });
  const companies = (await db.prisma.company.findMany({ select: { id: true } })).map((c) => c.id);
  seedJobs(sqlitePath(url), companies, Math.ceil(sizes.jobs / 50), prng(7), `new-${now.getTime()}`, new Date());
}

const mb = (kb: number) => Math.round(kb / 1024);

async function measure(url: string, sizes: Sizes, now: Date, json: boolean) {
  const say = (line: string) => (json ? undefined : console.log(line));
  const log = pino({ level: 'silent' });
  let sends = 0;
  const send: ProactiveMessenger = { send: async () => ((sends += 1), 'sent') };
  const db = await openDatabase(url);
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const full = await runDigest({ store: new HrStore(db, BENCH_KEYS), now, send, log });
  const seconds = (performance.now() - start) / 1000;
  const peakMb = mb(process.resourceUsage().maxRSS);
  say(`full run: ${seconds.toFixed(2)} s (queue ${full.timings.queueMs} ms, send ${full.timings.sendMs} ms), peak ${peakMb} MB, ${full.queued} matches queued, ${full.digestsSent} digests (${sends} messages)`);

  await changeSome(db, url, sizes, now);
  const incStart = performance.now();
  const inc = await runDigest({ store: new HrStore(db, BENCH_KEYS), now: new Date(now.getTime() + 24 * 3600_000), send, log });
  const incrementalSeconds = (performance.now() - incStart) / 1000;
  say(`incremental run (1 % profiles, 2 % jobs changed): ${incrementalSeconds.toFixed(2)} s, ${inc.queued} queued, ${inc.digestsSent} digests`);

  const baseline = await naiveBaseline(db, sizes, now);
  say(`baseline (naive all-pairs, ${baseline.sampled} jobs sampled, extrapolated): ${baseline.seconds.toFixed(1)} s (reading rows alone: ${baseline.readSeconds.toFixed(2)} s)`);
  await db.close();
  return {
    profiles: sizes.profiles,
    jobs: sizes.jobs,
    companies: sizes.companies,
    seconds: round(seconds),
    peakMb,
    queueSeconds: round(full.timings.queueMs / 1000),
    sendSeconds: round(full.timings.sendMs / 1000),
    queued: full.queued,
    digestsSent: full.digestsSent,
    candidatesReported: full.candidatesReported,
    incrementalSeconds: round(incrementalSeconds),
    baseline: 'naive all-pairs scoring (sampled jobs, extrapolated) + reading rows',
    baselineSeconds: round(baseline.seconds),
    readSeconds: round(baseline.readSeconds),
    ratio: round(baseline.seconds / seconds),
    goals: { seconds: 30, peakMb: 2048 },
    ok: seconds <= 30 && peakMb <= 2048,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const sizes: Sizes = { profiles: option('profiles', 100_000), jobs: option('jobs', 5000), companies: option('companies', 500), sample: option('sample', 50) };
  const now = new Date();
  const seedIndex = process.argv.indexOf('--seed-into');
  if (seedIndex >= 0) {
    await seed(process.argv[seedIndex + 1]!, sizes, new Date(Number(process.argv[seedIndex + 2])));
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-digest-'));
  const url = `file:${path.join(dir, 'bench.db')}`;
  try {
    if (!json) console.log(`seeding ${sizes.profiles} profiles, ${sizes.jobs} jobs, ${sizes.companies} companies …`);
    const seedStart = performance.now();
    const child = spawnSync(process.execPath, [__filename, ...process.argv.slice(2), '--seed-into', url, String(now.getTime())], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (child.status !== 0) throw new Error('seeding failed');
    if (!json) console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const result = await measure(url, sizes, now, json);
    console.log(JSON.stringify(result));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
