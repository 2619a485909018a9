/**
 * Generated corpora for the matcher benchmark and the index-equivalence tests: postings spread over
 * towns in Switzerland and Germany, skills with Zipf-like popularity, trainings, and profiles.
 * Strings are drawn from small pools so a million postings stay within a few hundred MB.
 */
import { Random } from '../src/demo/random';
import type { JobPosting, Training } from '../src/matching/types';
import { makeQuery, type MatchQuery } from '../src/matching/query';
import type { Taxonomy } from '../src/matching/taxonomy';
import { LANGUAGE_LEVELS, POSITION_KINDS, SKILL_LEVELS, type InterestScores } from '../src/profile/types';

export interface CorpusConcept {
  id: string;
  label: string;
}

export interface Corpus {
  jobs: JobPosting[];
  trainings: Training[];
  queries: MatchQuery[];
  concepts: CorpusConcept[];
}

export interface CorpusOptions {
  postings: number;
  trainings?: number;
  profiles?: number;
  seed?: number;
  /** Skill concepts to draw from (default: 600 synthetic ones). */
  concepts?: CorpusConcept[];
  now?: Date;
  /**
   * The occupation an importer recognised in a title (none: left to the title). Draws no random
   * numbers, so the postings are otherwise the same with or without it.
   */
  occupationOf?: (title: string, i: number) => string | undefined;
  /** Receives each posting instead of the corpus keeping it (jobs is then empty): a million postings need not be held. */
  eachJob?: (job: JobPosting) => void;
}

/** The postings' titles (occupations' names). */
export const TITLES = [
  'Elektroniker/in EFZ', 'Informatiker/in EFZ', 'Polymechaniker/in EFZ', 'Logistiker/in EFZ', 'Fachfrau/Fachmann Gesundheit EFZ',
  'Kauffrau/Kaufmann EFZ', 'Automatiker/in EFZ', 'Fachinformatiker/in', 'Industriemechaniker/in', 'Pflegefachfrau/-mann',
  'Fachkraft für Lagerlogistik', 'Mechatroniker/in', 'Softwareentwickler/in', 'Koch/Köchin', 'Maurer/in',
];
const EMPLOYERS = Array.from({ length: 200 }, (_, i) => `Firma ${i + 1} AG`);
const DESCRIPTION = 'Wir suchen Verstärkung für unser Team. Abwechslungsreiche Aufgaben, moderne Arbeitsplätze.';

/** Synthetic concepts "skill/0" … with labels "Fertigkeit 0" …, when no taxonomy is given. */
export function syntheticConcepts(n = 600): CorpusConcept[] {
  return Array.from({ length: n }, (_, i) => ({ id: `bench:skill/${i}`, label: `Fertigkeit${i}` }));
}

/** Town centres: 60 in Switzerland, 140 in Germany, fixed by the seed. */
function towns(rnd: Random): { lat: number; lon: number; country: 'CH' | 'DE' }[] {
  const out: { lat: number; lon: number; country: 'CH' | 'DE' }[] = [];
  for (let i = 0; i < 60; i++) out.push({ lat: 46.2 + rnd.next() * 1.4, lon: 6.2 + rnd.next() * 3.4, country: 'CH' });
  for (let i = 0; i < 140; i++) out.push({ lat: 48 + rnd.next() * 5.5, lon: 6.5 + rnd.next() * 7.5, country: 'DE' });
  return out;
}

/** Skills of one posting: occupations cluster skills, so postings draw from a field's neighbourhood. */
function skillsOf(rnd: Random, concepts: CorpusConcept[]) {
  const field = rnd.int(0, Math.max(0, concepts.length - 40));
  const count = rnd.int(3, 8);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(rnd.chance(0.7) ? field + rnd.zipf(40, 1.3) : rnd.zipf(concepts.length, 1.1));
  return [...chosen].map((c, i) => ({ conceptId: concepts[c]!.id, essential: i < Math.ceil(count / 2), level: rnd.pick(SKILL_LEVELS) }));
}

function job(rnd: Random, i: number, places: ReturnType<typeof towns>, concepts: CorpusConcept[], nowMs: number): JobPosting {
  const town = rnd.pick(places);
  const min = rnd.pick([20, 40, 60, 80, 100]);
  const published = new Date(nowMs - rnd.int(0, 120) * 86_400_000);
  return {
    id: `b${i}`,
    source: 'bench',
    externalId: String(i),
    employerName: rnd.pick(EMPLOYERS),
    title: rnd.pick(TITLES),
    description: DESCRIPTION,
    kind: rnd.pick(POSITION_KINDS),
    country: town.country,
    point: { latitude: town.lat + rnd.gaussian(0, 0.07), longitude: town.lon + rnd.gaussian(0, 0.1) },
    pensum: { min, max: Math.min(100, min + rnd.pick([0, 20, 40])) },
    languages: rnd.chance(0.3) ? [{ language: rnd.pick(['de', 'de', 'en', 'fr']), level: rnd.pick(LANGUAGE_LEVELS.slice(1, 5)) }] : [],
    skills: skillsOf(rnd, concepts),
    validUntil: rnd.chance(0.05) ? new Date(nowMs - 86_400_000) : undefined,
    publishedAt: published,
    updatedAt: published,
  };
}

function training(rnd: Random, i: number, places: ReturnType<typeof towns>, concepts: CorpusConcept[], nowMs: number): Training {
  const town = rnd.pick(places);
  const online = rnd.chance(0.3);
  return {
    id: `t${i}`,
    source: 'bench',
    externalId: String(i),
    provider: `Bildungszentrum ${i % 50}`,
    title: 'Kurs',
    description: DESCRIPTION,
    country: town.country,
    point: online ? undefined : { latitude: town.lat, longitude: town.lon },
    online,
    startDate: new Date(nowMs + rnd.int(1, 200) * 86_400_000),
    cost: { amount: rnd.int(0, 40) * 100, currency: town.country === 'CH' ? 'CHF' : 'EUR' },
    funding: rnd.chance(0.4) ? ['bildungsgutschein'] : [],
    skills: skillsOf(rnd, concepts).slice(0, 3).map((s) => s.conceptId),
    updatedAt: new Date(nowMs),
  };
}

function interests(rnd: Random): InterestScores {
  return { R: rnd.next(), I: rnd.next(), A: rnd.next(), S: rnd.next(), E: rnd.next(), C: rnd.next() };
}

function query(rnd: Random, places: ReturnType<typeof towns>, concepts: CorpusConcept[], now: Date): MatchQuery {
  const town = rnd.pick(places);
  return makeQuery({
    skills: skillsOf(rnd, concepts).map((s) => ({ conceptId: s.conceptId, level: s.level })),
    point: rnd.chance(0.9) ? { latitude: town.lat + rnd.gaussian(0, 0.05), longitude: town.lon + rnd.gaussian(0, 0.05) } : undefined,
    radiusKm: rnd.pick([10, 20, 30, 50]),
    kinds: rnd.chance(0.6) ? rnd.sample(POSITION_KINDS, rnd.int(1, 2)) : [],
    pensum: rnd.chance(0.5) ? { min: 60, max: 100 } : undefined,
    languages: rnd.chance(0.5) ? [{ language: 'de', level: 'native' }] : [],
    interests: rnd.chance(0.5) ? interests(rnd) : undefined,
    now,
  });
}

/** A deterministic corpus of postings, trainings and queries. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const rnd = new Random(options.seed ?? 42);
  const concepts = options.concepts ?? syntheticConcepts();
  const now = options.now ?? new Date('2026-11-01T00:00:00Z');
  const places = towns(rnd);
  const jobs: JobPosting[] = [];
  for (let i = 0; i < options.postings; i++) {
    const posting = job(rnd, i, places, concepts, now.getTime());
    const occupationId = options.occupationOf?.(posting.title, i);
    if (occupationId) posting.occupationId = occupationId;
    if (options.eachJob) options.eachJob(posting);
    else jobs.push(posting);
  }
  const trainings = Array.from({ length: options.trainings ?? Math.ceil(options.postings / 10) }, (_, i) => training(rnd, i, places, concepts, now.getTime()));
  const queries = Array.from({ length: options.profiles ?? 100 }, () => query(rnd, places, concepts, now));
  return { jobs, trainings, queries, concepts };
}

export type Occupations = (title: string, i: number) => string | undefined;

/** An importer recognises the occupation in most titles; every fifth posting is left to its title. */
export function occupationsOf(taxonomy: Taxonomy): Occupations {
  const byTitle = new Map<string, string>();
  for (const title of TITLES) {
    const found = taxonomy.findOccupations(title, 'de-CH', 1)[0];
    if (found) byTitle.set(title, found.conceptId);
  }
  return (title, i) => (i % 5 === 4 ? undefined : byTitle.get(title));
}

/**
 * A trained person's profile as the chat fills it, from a generated query (place, radius, wishes
 * and skills kept): the occupation they learned (the k-th of the postings' occupations) and what they
 * said about themselves. A career changer ("changer") names the occupation they worked in and the
 * related one they wish to move to.
 */
export function trainedProfile(q: MatchQuery, k: number, occupations: string[], taxonomy: Taxonomy, labels: Map<string, string>, changer: boolean): MatchQuery {
  const occupation = occupations[k % occupations.length]!;
  const name = taxonomy.label(occupation, 'de-CH') ?? '';
  const skills = q.skills.slice(0, 3).map((s) => labels.get(s.conceptId) ?? '');
  const years = 2 + (k % 12);
  const said = `Ich habe ${years} Jahre als ${name} gearbeitet. Ich kann ${skills.join(', ')} und bin zuverlässig, pünktlich und arbeite gerne im Team.`;
  if (!changer) return { ...q, occupations: [occupation], text: `Ich bin gelernte ${name}. ${said}` };
  const related = taxonomy.get(occupation)?.related ?? [];
  const wish = related.length > 0 ? taxonomy.label(related[k % related.length]!, 'de-CH') : name;
  return { ...q, occupations: [occupation], text: `${said} Jetzt möchte ich in Richtung ${wish} wechseln.` };
}
