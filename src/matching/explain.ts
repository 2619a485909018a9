/**
 * "Passt, weil …; dir fehlt noch …": the one-line reasons of a proposal, built from the score
 * breakdown and rendered with the locale texts handed in (pure: no file access here).
 */
import type { Locale, PositionKind } from '../profile/types';
import type { Relaxation, ScorePart } from '../services/ports';
import type { Training } from './types';

/** The part of the i18n Texts the explanations need. */
export interface ExplainTexts {
  readonly locale: Locale;
  t(key: string, vars?: Record<string, string | number | undefined>): string;
  has(key: string): boolean;
}

/** What a job explanation is made of. */
export interface JobReasons {
  breakdown: ScorePart[];
  kind: PositionKind;
  matchedLabels: string[];
  /** The matched labels said as brought, not as known: soft (transversal) skills and interests («Kreativität», «Interesse an Technik mitbringst»). */
  broughtLabels?: readonly string[];
  missingLabels: string[];
  distanceKm?: number;
  radiusKm: number;
  wishedKind: boolean;
  wishedPensum: boolean;
  hasInterests: boolean;
  saved: boolean;
  /** The person's occupation (or a related one) the posting is for; `wished` when a pupil's occupation is the one they hope to learn. */
  occupation?: { label: string; related: boolean; wished?: boolean };
  /** The person's own words found in the posting. */
  words?: string[];
  /** Working conditions the person ruled out ("ohne Schichtarbeit") that the posting names. */
  avoided?: readonly string[];
  /** Why the posting may not be open to the person though it fits ("adults": for adults only). */
  caveats?: readonly string[];
}

const MAX_SKILLS = 3;
const MAX_MISSING = 2;
const MAX_REASONS = 3;

/** "A", "A und B", "A, B und C". */
export function joinList(texts: ExplainTexts, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${texts.t('match.and')} ${items[items.length - 1]}`;
}

function part(breakdown: ScorePart[], factor: ScorePart['factor']): number {
  return breakdown.find((p) => p.factor === factor)?.score ?? 0;
}

/**
 * What the person brings: skills one "can" ("du Baupläne lesen kannst"), soft skills one "brings" ("du
 * Kreativität mitbringst" — no one "kann" Kreativität); skills first, soft skills only fill up.
 */
function skillsReason(texts: ExplainTexts, matched: readonly string[], soft: readonly string[]): string {
  // A soft skill said as a doing ("Probleme lösen", lower-case infinitive last) is still known.
  const brought = (label: string) => soft.includes(label) && /^\p{Lu}/u.test(label.split(' ').pop() ?? '');
  const skills = matched.filter((l) => !brought(l)).slice(0, MAX_SKILLS);
  const strengths = matched.filter(brought).slice(0, MAX_SKILLS - skills.length);
  if (strengths.length === 0) return texts.t('match.reason.skills', { skills: joinList(texts, skills) });
  if (skills.length === 0) return texts.t('match.reason.strengths', { strengths: joinList(texts, strengths) });
  return texts.t('match.reason.skillsAndStrengths', { skills: joinList(texts, skills), strengths: joinList(texts, strengths) });
}

/** «weil es eine Stelle als Koch/Köchin ist», «nahe an deinem Beruf …», for a pupil «nahe an deinem Wunschberuf …». */
function occupationReason(occupation: NonNullable<JobReasons['occupation']>): string {
  if (!occupation.related) return 'hybrid.reason.occupation';
  return occupation.wished ? 'hybrid.reason.relatedWishedOccupation' : 'hybrid.reason.relatedOccupation';
}

/** The reasons of a job proposal, strongest first. */
function jobReasonList(texts: ExplainTexts, r: JobReasons): string[] {
  const reasons: string[] = [];
  if (r.occupation) reasons.push(texts.t(occupationReason(r.occupation), { occupation: r.occupation.label }));
  if (r.matchedLabels.length > 0) reasons.push(skillsReason(texts, r.matchedLabels, r.broughtLabels ?? []));
  if (r.saved) reasons.push(texts.t('match.reason.saved'));
  if (r.distanceKm !== undefined && r.distanceKm <= r.radiusKm) {
    const km = Math.round(r.distanceKm);
    reasons.push(km < 1 ? texts.t('match.reason.here') : texts.t('match.reason.near', { km }));
  }
  if (r.wishedKind && part(r.breakdown, 'kind') === 1) reasons.push(texts.t(`match.reason.kind.${r.kind}`));
  if (r.wishedPensum && part(r.breakdown, 'pensum') === 1) reasons.push(texts.t('match.reason.pensum'));
  if (r.hasInterests && part(r.breakdown, 'interests') >= 0.7) reasons.push(texts.t('match.reason.interests'));
  if (r.words && r.words.length > 0 && r.matchedLabels.length === 0) reasons.splice(r.occupation ? 1 : 0, 0, texts.t('hybrid.reason.words', { words: joinList(texts, r.words.slice(0, MAX_SKILLS)) }));
  return reasons.slice(0, MAX_REASONS);
}

/** The one-line explanation of a job proposal; a ruled-out condition the posting names and its caveats are said after it. */
export function explainJob(texts: ExplainTexts, r: JobReasons): string {
  const notes = [explainFit(texts, r)];
  if (r.avoided && r.avoided.length > 0) notes.push(texts.t('hybrid.avoided', { what: joinList(texts, r.avoided.map((c) => texts.t(`hybrid.condition.${c}`))) }));
  for (const c of r.caveats ?? []) notes.push(texts.t(`hybrid.caveat.${c}`));
  return notes.join(' ');
}

function explainFit(texts: ExplainTexts, r: JobReasons): string {
  const reasons = jobReasonList(texts, r);
  const missing = joinList(texts, r.missingLabels.slice(0, MAX_MISSING));
  const joined = joinList(texts, reasons);
  // In an apprenticeship the missing skills are what the person will learn there, not a gap.
  const gap = r.kind === 'apprenticeship' ? 'Learns' : 'Missing';
  if (reasons.length > 0) return missing ? texts.t(`match.explain.fits${gap}`, { reasons: joined, missing }) : texts.t('match.explain.fits', { reasons: joined });
  return missing ? texts.t(`match.explain.only${gap}`, { missing }) : texts.t('match.explain.neutral');
}

/** What is said when constraints were loosened, one sentence per relaxation. */
export function explainRelaxations(texts: ExplainTexts, relaxed: readonly Relaxation[]): string[] {
  return relaxed.map((r) => texts.t(`match.relaxed.${r}`));
}

export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function formatAmount(locale: Locale, amount: number): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, { maximumFractionDigits: 0 }).format(amount);
}

/** Where, when, how much and which funding, as short phrases. */
function trainingDetails(texts: ExplainTexts, t: Training, distanceKm: number | undefined): string[] {
  const details: string[] = [];
  if (t.online) details.push(texts.t('match.training.online'));
  else if (t.placeName) details.push(distanceKm !== undefined ? texts.t('match.training.near', { place: t.placeName, km: Math.round(distanceKm) }) : texts.t('match.training.place', { place: t.placeName }));
  if (t.startDate) details.push(texts.t('match.training.start', { date: formatDate(texts.locale, t.startDate) }));
  if (t.cost) details.push(t.cost.amount === 0 ? texts.t('match.training.free') : texts.t(`match.training.cost.${t.cost.currency}`, { amount: formatAmount(texts.locale, t.cost.amount) }));
  const funding = t.funding.find((f) => texts.has(`match.training.funding.${f}`));
  if (funding) details.push(texts.t(`match.training.funding.${funding}`));
  return details;
}

/** The one-line explanation of a training the person's words found (it teaches nothing of the gap): the words, where, when, cost, funding. */
export function explainTrainingWords(texts: ExplainTexts, t: Training, words: readonly string[], distanceKm: number | undefined): string {
  return texts.t('match.training.words', { words: joinList(texts, words.slice(0, MAX_SKILLS)), details: trainingDetails(texts, t, distanceKm).join(', ') });
}

/** The one-line explanation of a training: what it teaches of the gap, where, when, cost, funding. */
export function explainTraining(texts: ExplainTexts, t: Training, teachesLabels: string[], distanceKm: number | undefined, deepens = false): string {
  const skills = joinList(texts, teachesLabels.slice(0, MAX_SKILLS));
  const details = trainingDetails(texts, t, distanceKm).join(', ');
  return texts.t(deepens ? 'match.training.deepen' : 'match.training.explain', { skills, details });
}
