/**
 * Bundesagentur für Arbeit Jobsuche: the search response (`stellenangebote[]`), a single job-details
 * object, or an array of either. Field names changed between API versions (v2 search, v3/v4
 * details: `titel`/`stellenangebotsTitel`, `arbeitsort`/`arbeitsorte[]`/`stellenlokationen[]`, …),
 * so every field is read from all names it has had.
 */
import { date, isObject, isoDay, number, pick, point, text, type Json } from './fields';
import { collectJobs, type JobDraft } from './job-draft';
import { checkDepth, numbered, parseJsonInput } from './records';
import { ImportFormatError, type JobParseResult, type ParseOptions } from './types';

const SOURCE = 'ba';
const DETAIL_URL = 'https://www.arbeitsagentur.de/jobsuche/jobdetail/';

function records(value: unknown, depth = 0): Json[] {
  checkDepth(depth);
  if (Array.isArray(value)) return value.flatMap((item) => records(item, depth + 1));
  if (!isObject(value)) return [];
  const list = pick(value, 'stellenangebote', 'stellenangebot', 'jobs', 'ergebnisliste', 'results');
  if (Array.isArray(list)) return list.filter(isObject);
  const embedded = pick(value, '_embedded');
  if (isObject(embedded)) return records(embedded, depth + 1);
  return pick(value, 'refnr', 'referenznummer', 'hashId', 'titel', 'stellenangebotsTitel') !== undefined ? [value] : [];
}

/** The first work place, in whichever shape this API version used. */
function workPlace(job: Json) {
  const candidates = [
    pick(job, 'arbeitsort'),
    ...[pick(job, 'arbeitsorte', 'stellenlokationen', 'arbeitsorteListe')].flat(),
  ];
  const first = candidates.find(isObject);
  const address = isObject(first) && isObject(first.adresse) ? { ...first, ...first.adresse } : first;
  const coords = pick(address, 'koordinaten', 'geoKoordinaten', 'coordinates');
  return {
    postalCode: text(pick(address, 'plz', 'postleitzahl')),
    placeName: text(pick(address, 'ort', 'ortsname', 'stadt')),
    country: text(pick(address, 'land', 'landName')),
    point: isObject(coords)
      ? point(pick(coords, 'lat', 'breite', 'latitude'), pick(coords, 'lon', 'laenge', 'lng', 'longitude'))
      : point(pick(address, 'lat', 'breite'), pick(address, 'lon', 'laenge')),
  };
}

/** Skill phrases of the details' `fertigkeiten` ({hierarchieName, auspraegungen: {level: [names]}}). */
function fertigkeiten(job: Json): string[] {
  const list = pick(job, 'fertigkeiten', 'kompetenzen', 'skills');
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    if (!isObject(entry)) return [];
    const values = isObject(entry.auspraegungen) ? Object.values(entry.auspraegungen).flat() : [];
    return [text(pick(entry, 'hierarchieName', 'name', 'bezeichnung')), ...values.map((v) => text(v))].filter((s): s is string => !!s);
  });
}

function kindHint(job: Json): string | undefined {
  const offer = pick(job, 'angebotsart', 'stellenangebotsart', 'angebotsArt');
  const n = number(offer);
  if (n === 4) return 'ausbildung';
  if (n === 34) return 'praktikum';
  const s = text(offer)?.toLowerCase() ?? '';
  if (s.includes('ausbildung')) return 'ausbildung';
  if (s.includes('praktikum') || s.includes('trainee')) return 'praktikum';
  return undefined;
}

function isTemporary(job: Json): boolean {
  const b = pick(job, 'befristung', 'vertragsdauer');
  return number(b) === 1 || /^befristet/i.test(text(b) ?? '');
}

function employer(job: Json): string | undefined {
  return text(pick(job, 'arbeitgeber', 'arbeitgeberName', 'firma', 'unternehmen', 'arbeitgeberdarstellung'));
}

function toDraft(job: Json): JobDraft {
  const refnr = text(pick(job, 'refnr', 'referenznummer', 'refNr', 'hashId', 'id'));
  const workingTimes = [pick(job, 'arbeitszeitmodelle', 'arbeitszeiten', 'arbeitszeit')].flat().map((t) => text(t) ?? '');
  return {
    source: SOURCE,
    externalId: refnr,
    title: text(pick(job, 'titel', 'stellenangebotsTitel', 'stellenbezeichnung', 'beruf', 'hauptberuf')),
    employerName: employer(job),
    description: text(pick(job, 'stellenbeschreibung', 'stellenangebotsBeschreibung', 'beschreibung')),
    kindHint: kindHint(job),
    temporary: isTemporary(job),
    ...workPlace(job),
    workingTime: workingTimes.join(' '),
    startDate: isoDay(pick(job, 'eintrittsdatum', 'eintrittszeitraum')) ?? isoDay(pick(pick(job, 'eintrittszeitraum'), 'von')),
    validUntil: date(pick(job, 'gueltigBis', 'veroeffentlichungszeitraumBis')) ?? date(pick(pick(job, 'veroeffentlichungszeitraum'), 'bis')),
    publishedAt: date(pick(job, 'aktuelleVeroeffentlichungsdatum', 'ersteVeroeffentlichungsdatum', 'veroeffentlichungsdatum', 'datumErsteVeroeffentlichung', 'modifikationsTimestamp')),
    link: text(pick(job, 'externeUrl', 'allianzpartnerUrl')) ?? (refnr ? `${DETAIL_URL}${encodeURIComponent(refnr)}` : undefined),
    namedSkills: fertigkeiten(job),
  };
}

/** Parses a BA Jobsuche response (search or details) into postings (source "ba"). */
export function parseBaJobs(input: string, options: ParseOptions = {}): JobParseResult {
  const list = records(parseJsonInput(input));
  if (list.length === 0) throw new ImportFormatError('No BA job offers found (expected "stellenangebote" or job details with "refnr").');
  return collectJobs(numbered(list, toDraft), { defaultCountry: 'DE', ...options });
}
