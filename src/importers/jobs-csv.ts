/**
 * Jobs from a CSV file with a header line (delimiter , ; or tab; UTF-8; RFC 4180 quoting).
 * Columns (names are case-insensitive; German and common export names are accepted too):
 *
 *   title*         titel, jobTitle, jobTitel, stellenbezeichnung
 *   employer*      company, arbeitgeber, firma, unternehmen
 *   id             externalId, refnr, code, referenz       (missing → a stable hash of employer, title, place, date)
 *   description    beschreibung, jobDescription
 *   kind           art, type: lehrstelle|ausbildung|apprenticeship, praktikum|internship, festanstellung|permanent, befristet|temporary
 *   postalCode     plz;  place: ort, location ("Lingen, Germany" is split);  country: land
 *   latitude, longitude (lat, lon)
 *   pensum         "80-100", "60%", "Vollzeit", "Teilzeit"
 *   startDate      eintritt;  validUntil: gueltigBis, validThrough;  publishedAt: postDate, datePosted
 *   skills         kompetenzen: ";"-separated skill names, or concept ids (with ":" or an ESCO URI)
 *   languages      sprachen: "de:B2; en:B1"
 *   link           url
 * (* required; rows without them are skipped with a reason)
 */
import type { LanguageRequirement } from '../matching/types';
import type { LanguageLevel } from '../profile/types';
import { column, readCsv } from './csv';
import { date, isoDay, point } from './fields';
import { collectJobs, type JobDraft } from './job-draft';
import type { JobParseResult, ParseOptions } from './types';

const LEVELS = new Set(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native']);

/** "de:B2; en:B1" → language requirements (unknown levels are dropped). */
export function parseLanguages(value: string | undefined): LanguageRequirement[] {
  if (!value) return [];
  return value
    .split(/[;,]/)
    .map((part) => part.trim().split(/[:\s]+/))
    .filter(([language, level]) => !!language && !!level && LEVELS.has(level === 'native' ? level : level.toUpperCase()))
    .map(([language, level]) => ({ language: language!.toLowerCase(), level: (level === 'native' ? level : level!.toUpperCase()) as LanguageLevel }));
}

const looksLikeConceptId = (s: string) => /^(https?:\/\/|[a-z]+:)/i.test(s);

function toDraft(row: Record<string, string>, source: string): JobDraft {
  const location = column(row, 'place', 'ort', 'location', 'placeName', 'standort', 'arbeitsort');
  const [placeName, countryFromLocation] = location ? location.split(',').map((s) => s.trim()) : [];
  const skills = (column(row, 'skills', 'kompetenzen', 'fertigkeiten') ?? '').split(/[;|]/).map((s) => s.trim()).filter(Boolean);
  return {
    source,
    externalId: column(row, 'id', 'externalId', 'refnr', 'code', 'referenz', 'referenznummer'),
    title: column(row, 'title', 'titel', 'jobTitle', 'jobTitel', 'stellenbezeichnung'),
    employerName: column(row, 'employer', 'company', 'arbeitgeber', 'firma', 'unternehmen', 'employerName'),
    description: column(row, 'description', 'beschreibung', 'jobDescription', 'stellenbeschreibung'),
    kindHint: column(row, 'kind', 'art', 'type', 'stellenart'),
    postalCode: column(row, 'postalCode', 'plz', 'postleitzahl'),
    placeName,
    country: column(row, 'country', 'land') ?? countryFromLocation,
    point: point(column(row, 'latitude', 'lat', 'breite'), column(row, 'longitude', 'lon', 'lng', 'laenge')),
    workingTime: (() => {
      const p = column(row, 'pensum', 'arbeitszeit', 'workHours');
      return p && /^\d{1,3}(\s*-\s*\d{1,3})?$/.test(p) ? `${p}%` : p;
    })(),
    startDate: isoDay(column(row, 'startDate', 'eintritt', 'eintrittsdatum', 'start')),
    validUntil: date(column(row, 'validUntil', 'gueltigBis', 'validThrough', 'ablaufdatum')),
    publishedAt: date(column(row, 'publishedAt', 'postDate', 'posDate', 'datePosted', 'veroeffentlicht')),
    link: column(row, 'link', 'url'),
    namedSkills: skills.filter((s) => !looksLikeConceptId(s)),
    conceptIds: skills.filter(looksLikeConceptId),
    languages: parseLanguages(column(row, 'languages', 'sprachen')),
  };
}

/** Parses a jobs CSV (source "csv" unless the file says otherwise in a `source` column). */
export function parseCsvJobs(input: string, options: ParseOptions = {}): JobParseResult {
  const { rows } = readCsv(input);
  return collectJobs(
    rows.map(({ line, values }) => ({ read: () => toDraft(values, column(values, 'source', 'quelle') ?? 'csv'), at: `line ${line}` })),
    options,
  );
}
