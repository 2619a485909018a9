/**
 * German (and English) numbers in words and digits: "zwölf", "einundzwanzig", "3,5",
 * "drei einhalb", "dreieinhalb", "anderthalb", "ein halbes".
 */
import { lower, tokenize } from './tokens';
import { own } from '../own';

/** A number found in a text, with the [start, end) span of its words. */
export interface NumberMatch {
  value: number;
  start: number;
  end: number;
}

const UNITS: Record<string, number> = {
  null: 0, ein: 1, eins: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6,
  sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15,
  fuenfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20, dreissig: 30, vierzig: 40, fünfzig: 50, fuenfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
const ENGLISH: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, half: 0.5,
};
/** Fractions written as words; "anderthalb" and "eineinhalb" are 1.5. */
const FRACTIONS: Record<string, number> = { anderthalb: 1.5, eineinhalb: 1.5, halb: 0.5, halbe: 0.5, halben: 0.5, halbes: 0.5, einhalb: 0.5 };

function belowHundred(word: string): number | undefined {
  const single = own(UNITS, word) ?? own(TENS, word);
  if (single !== undefined) return single;
  const und = word.indexOf('und');
  if (und > 0) {
    const unit = own(UNITS, word.slice(0, und));
    const ten = own(TENS, word.slice(und + 3));
    if (unit !== undefined && unit < 10 && ten !== undefined) return ten + unit;
  }
  return undefined;
}

function belowThousand(word: string): number | undefined {
  const at = word.indexOf('hundert');
  if (at < 0) return belowHundred(word);
  const head = word.slice(0, at);
  const tail = word.slice(at + 7);
  const hundreds = head === '' ? 1 : belowHundred(head);
  const rest = tail === '' ? 0 : belowHundred(tail);
  return hundreds === undefined || rest === undefined || hundreds > 9 ? undefined : hundreds * 100 + rest;
}

/** The value of one German number word ("zwölf", "einundzwanzig", "zweitausendzwanzig", "dreieinhalb"). */
export function parseNumberWord(text: string): number | undefined {
  const word = lower(text.trim());
  if (!word) return undefined;
  const named = own(FRACTIONS, word) ?? own(ENGLISH, word);
  if (named !== undefined) return named;
  if (word.endsWith('einhalb') && word.length > 7) {
    const whole = parseNumberWord(word.slice(0, -7));
    return whole === undefined ? undefined : whole + 0.5;
  }
  const at = word.indexOf('tausend');
  if (at < 0) return belowThousand(word);
  const thousands = at === 0 ? 1 : belowThousand(word.slice(0, at));
  const rest = word.length === at + 7 ? 0 : belowThousand(word.slice(at + 7));
  return thousands === undefined || rest === undefined ? undefined : thousands * 1000 + rest;
}

/** A digit string with a decimal comma or point ("3,5", "2.5", "12"); thousands separators are not numbers here. */
export function parseDigits(text: string): number | undefined {
  if (!/^\d+(?:[.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

/** Words that make the number before them "and a half" ("drei einhalb"). */
const HALF_FOLLOWERS = new Set(['einhalb', 'halb', 'and a half']);
/** Articles that are not the number one on their own ("ein Jahr" is one, "eine Lehrstelle" is not counted). */
const ARTICLES = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'one']);

/** Every number in a text, in order; "ein"/"eine" count only before a unit noun such as "Jahr". */
export function findNumbers(text: string): NumberMatch[] {
  const tokens = tokenize(text);
  const found: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const value = parseDigits(token.text) ?? parseNumberWord(token.lower);
    if (value === undefined) continue;
    const next = tokens[i + 1];
    if (ARTICLES.has(token.lower) && !(next && /^(jahr|monat|woche|tag|halb|year|month)/.test(next.lower))) continue;
    if (next && HALF_FOLLOWERS.has(next.lower) && Number.isInteger(value)) {
      found.push({ value: value + 0.5, start: token.start, end: next.end });
      i++;
      continue;
    }
    if (token.lower === 'halbes' || token.lower === 'halben') continue; // part of "ein halbes Jahr", taken below
    if (ARTICLES.has(token.lower) && next && /^halb/.test(next.lower)) {
      found.push({ value: 0.5, start: token.start, end: next.end });
      i++;
      continue;
    }
    found.push({ value, start: token.start, end: token.end });
  }
  return found;
}

/** The first number in a text ("zwölf" → 12, "3,5" → 3.5), if any. */
export function parseNumber(text: string): number | undefined {
  return findNumbers(text)[0]?.value;
}
