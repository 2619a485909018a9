/**
 * Trainings from a CSV file with a header line (delimiter , ; or tab; UTF-8; RFC 4180 quoting).
 * Columns (case-insensitive; German names accepted):
 *
 *   title*        titel, kurs, course_name
 *   provider*     anbieter, bildungsanbieter
 *   id            externalId, course_id, kursnummer          (missing → a stable hash)
 *   description   beschreibung, inhalt, course_description
 *   postalCode    plz;  place: ort;  country: land;  latitude, longitude
 *   format        classroom|präsenz, online|fernunterricht, blended
 *   startDate     beginn;  endDate: ende;  durationHours: stunden
 *   cost          kosten (number);  currency: waehrung (CHF|EUR, default from the country)
 *   funding       foerderung: ";"-separated keys or text ("Bildungsgutschein; Aufstiegs-BAföG")
 *   skills        kompetenzen: ";"-separated concept ids (with ":" or an ESCO URI) or names
 *   link          url
 */
import type { TrainingFormat } from '../matching/types';
import { column, readCsv } from './csv';
import { countryOf, date, number, point } from './fields';
import { collectTrainings, type TrainingDraft } from './training-draft';
import type { ParseOptions, TrainingParseResult } from './types';

function formatOf(value: string | undefined): TrainingFormat | undefined {
  const v = (value ?? '').toLowerCase();
  if (/blended|kombi|combined|hybrid/.test(v)) return 'blended';
  if (/online|fern|virtu|e-learning|remote/.test(v)) return 'online';
  if (/classroom|präsenz|praesenz|vor ort/.test(v)) return 'classroom';
  return undefined;
}

const looksLikeConceptId = (s: string) => /^(https?:\/\/|[a-z]+:)/i.test(s);

function toDraft(row: Record<string, string>, options: ParseOptions): TrainingDraft {
  const postalCode = column(row, 'postalCode', 'plz');
  const country = column(row, 'country', 'land');
  const amount = number(column(row, 'cost', 'kosten', 'preis'));
  const currency = (column(row, 'currency', 'waehrung', 'währung') ?? '').toUpperCase();
  const skills = (column(row, 'skills', 'kompetenzen') ?? '').split(/[;|]/).map((s) => s.trim()).filter(Boolean);
  const funding = column(row, 'funding', 'foerderung', 'förderung');
  return {
    source: column(row, 'source', 'quelle') ?? 'csv',
    externalId: column(row, 'id', 'externalId', 'course_id', 'kursnummer'),
    title: column(row, 'title', 'titel', 'kurs', 'course_name'),
    provider: column(row, 'provider', 'anbieter', 'bildungsanbieter'),
    description: column(row, 'description', 'beschreibung', 'inhalt', 'course_description'),
    postalCode,
    placeName: column(row, 'place', 'ort', 'placeName'),
    country,
    point: point(column(row, 'latitude', 'lat'), column(row, 'longitude', 'lon', 'lng')),
    format: formatOf(column(row, 'format', 'lernform', 'unterrichtsform', 'form of learning')),
    startDate: date(column(row, 'startDate', 'beginn', 'start date')),
    endDate: date(column(row, 'endDate', 'ende', 'end date')),
    durationHours: number(column(row, 'durationHours', 'stunden', 'dauerStunden')),
    cost:
      amount !== undefined && amount > 0
        ? { amount, currency: currency === 'EUR' || currency === 'CHF' ? currency : countryOf(country, postalCode, options.defaultCountry ?? 'CH') === 'DE' ? 'EUR' : 'CHF' }
        : undefined,
    funding: (funding ?? '').split(/[;|]/).map((f) => f.trim().toLowerCase()).filter((f) => /^[a-z-]+$/.test(f)),
    fundingText: funding,
    topics: skills.filter((s) => !looksLikeConceptId(s)),
    conceptIds: skills.filter(looksLikeConceptId),
    link: column(row, 'link', 'url'),
  };
}

/** Parses a trainings CSV (source "csv" unless a `source` column says otherwise). */
export function parseCsvTrainings(input: string, options: ParseOptions = {}): TrainingParseResult {
  const { rows } = readCsv(input);
  return collectTrainings(
    rows.map(({ line, values }) => ({ read: () => toDraft(values, options), at: `line ${line}` })),
    options,
  );
}
