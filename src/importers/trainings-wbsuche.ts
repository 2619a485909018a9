/**
 * BA Weiterbildungssuche (KURSNET) response: `_embedded.termine[]`, each a course date with its
 * `angebot` (title, content, provider, funding), `adresse`, `unterrichtsform`, cost and dates.
 * Also accepts a bare array of termine or `{termine: […]}`.
 */
import type { TrainingFormat } from '../matching/types';
import { date, isObject, number, pick, point, text, type Json } from './fields';
import { checkDepth, numbered, parseJsonInput } from './records';
import { collectTrainings, type TrainingDraft } from './training-draft';
import { ImportFormatError, type ParseOptions, type TrainingParseResult } from './types';

const SOURCE = 'wbsuche';

function termine(value: unknown, depth = 0): Json[] {
  checkDepth(depth);
  if (Array.isArray(value)) return value.filter(isObject);
  if (!isObject(value)) return [];
  const embedded = pick(value, '_embedded');
  if (isObject(embedded)) return termine(embedded, depth + 1);
  const list = pick(value, 'termine', 'bildungsangebote', 'angebote');
  return Array.isArray(list) ? list.filter(isObject) : isObject(value.angebot) ? [value] : [];
}

/** Teaching form ids of the API: 1xx on site, 2xx virtual classroom, 3xx blended/combined, 4xx distance, 5xx e-learning. */
function formatOf(form: unknown): TrainingFormat | undefined {
  const id = number(pick(form, 'id'));
  const name = (text(pick(form, 'bezeichnung')) ?? '').toLowerCase();
  if (id !== undefined) {
    if (id >= 100 && id < 200) return 'classroom';
    if (id >= 300 && id < 400) return 'blended';
    if (id >= 200 && id < 600) return 'online';
  }
  if (/blended|combined|kombiniert/.test(name)) return 'blended';
  if (/online|virtuell|virtual|fern|e-learning/.test(name)) return 'online';
  if (/präsenz|praesenz|vor ort/.test(name)) return 'classroom';
  return undefined;
}

function address(termin: Json, angebot: Json) {
  const own = pick(termin, 'adresse', 'veranstaltungsort');
  const fallback = pick(pick(angebot, 'bildungsanbieter'), 'adresse');
  const addr = isObject(own) ? own : fallback;
  const ort = pick(addr, 'ortStrasse', 'ortStraße', 'ort');
  const coords = pick(addr, 'koordinaten');
  return {
    postalCode: text(pick(ort, 'plz')),
    placeName: text(pick(ort, 'name')),
    country: text(pick(pick(ort, 'land'), 'laenderCode', 'code', 'name')),
    point: isObject(coords) ? point(coords.lat, coords.lon) : undefined,
  };
}

function cost(termin: Json): TrainingDraft['cost'] {
  const amount = number(pick(termin, 'kostenWert', 'kosten'));
  const currency = text(pick(termin, 'kostenWaehrung', 'waehrung'))?.toUpperCase();
  // 0 means "not stated" in KURSNET (funded courses list their price elsewhere), so it is left out.
  if (amount === undefined || amount <= 0) return undefined;
  return { amount, currency: currency === 'CHF' ? 'CHF' : 'EUR' };
}

/** The currency the course date names, with or without a price. */
function currencyOf(termin: Json): TrainingDraft['currency'] {
  const currency = text(pick(termin, 'kostenWaehrung', 'waehrung'))?.toUpperCase();
  return currency === 'CHF' || currency === 'EUR' ? currency : undefined;
}

function toDraft(termin: Json): TrainingDraft {
  const angebot = isObject(termin.angebot) ? termin.angebot : {};
  const suchworte = pick(angebot, 'suchworte');
  const topics = Array.isArray(suchworte) ? suchworte.map((s) => text(pick(s, 'suchwort')) ?? text(s) ?? '').filter(Boolean) : [];
  const place = address(termin, angebot);
  const format = formatOf(pick(termin, 'unterrichtsform', 'lernform'));
  const fundingText = [text(pick(angebot, 'foerderung')), termin.foerderung === true ? 'AZAV' : undefined].filter(Boolean).join(' ');
  return {
    source: SOURCE,
    externalId: text(pick(termin, 'id', 'terminId')) ?? text(pick(angebot, 'id')),
    title: text(pick(angebot, 'titel', 'title')),
    provider: text(pick(pick(angebot, 'bildungsanbieter', 'anbieter'), 'name')) ?? text(pick(angebot, 'bildungsanbieter', 'anbieter')),
    description: text(pick(angebot, 'inhalt', 'beschreibung')),
    ...place,
    format,
    startDate: date(pick(termin, 'beginn', 'startDatum')),
    endDate: date(pick(termin, 'ende', 'endDatum')),
    durationHours: number(pick(termin, 'dauerStunden', 'unterrichtsstunden')),
    cost: cost(termin),
    currency: currencyOf(termin),
    fundingText,
    topics,
    link: text(pick(termin, 'link')) ?? text(pick(angebot, 'link')),
    updatedAt: date(pick(termin, 'aktualisierungsdatum')),
  };
}

/** Parses a Weiterbildungssuche response into trainings (source "wbsuche"). */
export function parseWbsucheTrainings(input: string, options: ParseOptions = {}): TrainingParseResult {
  const list = termine(parseJsonInput(input));
  if (list.length === 0) throw new ImportFormatError('No course dates found (expected "_embedded.termine").');
  return collectTrainings(numbered(list, toDraft), { defaultCountry: 'DE', ...options });
}
