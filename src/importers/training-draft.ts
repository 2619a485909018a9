/** The common last step of the training importers: a draft becomes a Training, or a reason to skip it. */
import type { Training, TrainingFormat } from '../matching/types';
import { conceptsIn, place } from './enrich';
import { countryOf, plainText } from './fields';
import { fallbackId } from './job-draft';
import { z } from 'zod';
import { collectRecords, commonDraft, dateField, postingIdentity, textField, textList, type RecordEntry } from './records';
import type { ParseOptions, ParseResult, Skipped } from './types';

export interface TrainingDraft {
  source: string;
  externalId?: string;
  title?: string;
  provider?: string;
  description?: string;
  postalCode?: string;
  placeName?: string;
  country?: string;
  point?: { latitude: number; longitude: number };
  format?: TrainingFormat;
  startDate?: Date;
  endDate?: Date;
  durationHours?: number;
  cost?: { amount: number; currency: 'CHF' | 'EUR' };
  /** The currency the source names even without a price: it tells the country of a course without an address. */
  currency?: 'CHF' | 'EUR';
  /** Free text about funding (BA `foerderung`), mapped to funding keys. */
  fundingText?: string;
  funding?: string[];
  /** Search words and topics the source lists; scanned for skills before the description. */
  topics?: string[];
  conceptIds?: string[];
  link?: string;
  updatedAt?: Date;
}

/** What a training draft may hold: right types, sizes no real course exceeds. */
const trainingDraftSchema = z
  .object({
    ...commonDraft,
    provider: textField(300),
    startDate: dateField,
    endDate: dateField,
    updatedAt: dateField,
    durationHours: z.number().finite().min(0).max(100_000).optional(),
    fundingText: textField(5000),
    funding: textList(30, 100),
    topics: textList(200, 300),
  })
  .passthrough();

const FUNDING: [RegExp, string][] = [
  [/bildungsgutschein|\bAZAV\b/i, 'bildungsgutschein'],
  [/aufstiegs-?baf(ö|oe)g|\bAFBG\b|meister-?baf(ö|oe)g/i, 'aufstiegs-bafoeg'],
  [/bundesbeitr(ä|ae)ge|subjektfinanzierung/i, 'bundesbeitraege'],
  [/qualifizierungschancengesetz|weiterbildungsf(ö|oe)rderung f(ü|ue)r besch(ä|ae)ftigte/i, 'beschaeftigtenfoerderung'],
  [/\bESF\b|europ(ä|ae)ischer sozialfonds/i, 'esf'],
  [/bildungspr(ä|ae)mie|bildungsscheck/i, 'bildungspraemie'],
];

/** Funding keys named in a text ("Bildungsgutschein", "Aufstiegs-BAföG", …). */
export function fundingKeys(textValue: string | undefined): string[] {
  if (!textValue) return [];
  return FUNDING.filter(([pattern]) => pattern.test(textValue)).map(([, key]) => key);
}

/**
 * The country of an online course without an address: the one its source names, else the one its
 * price is in (a course in CHF is offered in Switzerland, its price and funding are Swiss), else the
 * import's default. Without it a Swiss e-learning course read from a Weiterbildungssuche-shaped feed
 * became German and was never proposed to anyone in Switzerland.
 */
function onlineCountry(draft: TrainingDraft, options: ParseOptions): 'CH' | 'DE' {
  const currency = draft.cost?.currency ?? draft.currency;
  const byCurrency = currency === 'CHF' ? 'CH' : currency === 'EUR' ? 'DE' : undefined;
  return countryOf(draft.country, undefined, byCurrency ?? options.defaultCountry ?? 'DE');
}

function draftToTraining(draft: TrainingDraft, at: string, options: ParseOptions): Training | Skipped {
  const title = plainText(draft.title).replace(/\s+/g, ' ');
  const provider = plainText(draft.provider).replace(/\s+/g, ' ');
  if (!title) return { at, reason: 'no title' };
  if (!provider) return { at: draft.externalId ? `${at} (${draft.externalId})` : at, reason: 'no provider' };
  const description = plainText(draft.description);
  const online = draft.format === 'online';
  const where = online && !draft.postalCode && !draft.placeName ? { country: onlineCountry(draft, options) } : place(draft, options);
  const externalId = draft.externalId?.trim() || fallbackId(provider, title, where.postalCode ?? where.placeName, draft.startDate?.toISOString());
  const named = options.extractNamedSkills ?? options.extractSkills;
  const extracted = options.extractSkills
    ? [
        ...(draft.topics ?? []).flatMap((topic) => conceptsIn(topic, named!)),
        ...conceptsIn(`${title}\n${description}`, options.extractSkills),
      ]
    : [];
  const training: Training = {
    ...postingIdentity(draft.source, externalId),
    provider,
    title,
    description,
    ...where,
    online,
    funding: [...new Set([...(draft.funding ?? []), ...fundingKeys(draft.fundingText)])],
    skills: [...new Set([...(draft.conceptIds ?? []), ...extracted])],
    updatedAt: draft.updatedAt ?? options.now ?? new Date(),
  };
  if (draft.format) training.format = draft.format;
  if (draft.startDate) training.startDate = draft.startDate;
  if (draft.endDate) training.endDate = draft.endDate;
  if (draft.durationHours !== undefined) training.durationHours = draft.durationHours;
  if (draft.cost) training.cost = draft.cost;
  if (draft.link) training.link = draft.link;
  return training;
}

/** Reads the records into trainings; unreadable, wrongly typed or oversized records are skipped with the reason. */
export function collectTrainings(entries: RecordEntry<TrainingDraft>[], options: ParseOptions): ParseResult<Training> {
  const { items, skipped } = collectRecords(entries, trainingDraftSchema, (draft: TrainingDraft, at) => draftToTraining(draft, at, options));
  const warnings = options.extractSkills ? [] : ['no skill extractor given: trainings without concept ids get no skills'];
  return { items, skipped, warnings };
}
