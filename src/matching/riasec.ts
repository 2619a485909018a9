/**
 * Holland (RIASEC) codes of occupation fields, so the interest check can nudge the ranking.
 * Jobs carry no RIASEC code; it is derived from the title (or occupation id), which works for every
 * source (demo, BA, schema.org) alike. Codes follow the usual Holland codes of these occupations.
 */
import type { InterestScores, RiasecDimension } from '../profile/types';
import { NEUTRAL } from './weights';

const DIMENSIONS: readonly RiasecDimension[] = ['R', 'I', 'A', 'S', 'E', 'C'];

/** Title patterns and their Holland code, most specific first. */
const FIELDS: readonly [RegExp, string][] = [
  [/informatik|software|entwickl|programm|applikation|it-|\bit\b|daten|system/i, 'ICR'],
  [/elektronik|elektroniker|automatik|mechatronik|elektro|energie|netzelektr/i, 'RIC'],
  [/labor|chemie|physik|biolog|pharma/i, 'IRC'],
  [/konstrukt|zeichner|technik|ingenieur|cad/i, 'IRA'],
  [/poly|mechani|metall|schlosser|schweiss|schweiß|zerspan|anlagen|produktion|maschin|kunststoff|monteur|industrie/i, 'RCI'],
  [/pflege|gesundheit|betreu|fage|fabe|medizin|praxis|kranken|alten|sozial|erzieh|kinder/i, 'SIR'],
  [/logisti|lager|transport|fahrer|disponent|spedition|zustell/i, 'RCE'],
  [/kauf|büro|buero|verwaltung|buchhalt|sachbearb|administr|personal|treuhand/i, 'CES'],
  [/verkauf|detailhandel|handel|vertrieb|marketing|berater/i, 'ESC'],
  [/koch|bäck|baeck|konditor|gastro|hotel|restaurant/i, 'RAS'],
  [/gestalt|grafik|design|medien|polygraf|fotograf/i, 'AER'],
  [/maurer|zimmer|schreiner|tischler|maler|gipser|sanitär|sanitaer|heizung|dach|bau|installateur|spengler/i, 'RCA'],
  [/gärtner|gaertner|landwirt|forst|floris/i, 'RIA'],
];

const WEIGHTS = [1, 0.6, 0.3];

/** RIASEC profile (weights per dimension) of an occupation title; undefined when no field is recognised. */
export function riasecOf(text: string): Float64Array | undefined {
  for (const [pattern, code] of FIELDS) {
    if (!pattern.test(text)) continue;
    const vector = new Float64Array(6);
    for (let i = 0; i < code.length; i++) vector[DIMENSIONS.indexOf(code[i] as RiasecDimension)] = WEIGHTS[i]!;
    return vector;
  }
  return undefined;
}

/** The person's interests as a dense vector, or undefined when the interest check was not done. */
export function interestVector(interests: InterestScores | undefined): Float64Array | undefined {
  if (!interests) return undefined;
  const vector = new Float64Array(6);
  let any = false;
  DIMENSIONS.forEach((d, i) => {
    const v = interests[d];
    if (typeof v === 'number' && Number.isFinite(v)) {
      vector[i] = Math.min(1, Math.max(0, v));
      any = true;
    }
  });
  return any ? vector : undefined;
}

/** How well interests fit a field: the person's scores weighted by the field's code (0..1). */
export function interestFit(person: Float64Array | undefined, field: Float64Array | undefined, offset = 0): number {
  if (!person || !field) return NEUTRAL;
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < 6; i++) {
    const w = field[offset + i]!;
    sum += w * person[i]!;
    weight += w;
  }
  return weight > 0 ? sum / weight : NEUTRAL;
}
