/**
 * How a counsellor reads a listed qualification or requirement that names nothing as written:
 * - the marks of a certificate do not change the occupation: "Polymechaniker EFZ", "Dipl.
 *   Pflegefachperson HF/FH", "Logistikfachmann mit eidg. FA", "Chemikantin (IHK)", "staatlich
 *   anerkannte/r Erzieher/in", "Landwirt (abgeschlossene Ausbildung)" name the occupation alone;
 * - alternatives are several readings: "Mechatroniker oder Elektroniker", "Java oder Kotlin",
 *   "Fachmann/Fachfrau Finanz- und Rechnungswesen";
 * - an interest names its subject: "Interesse an Computern", "Freude an Tieren", "CAD-Interesse",
 *   "technisch interessiert" are read through what they are interested in.
 * Pure text work: which readings name a concept is for the caller (src/nlu/phrases.ts).
 */

import { fold } from './tokens';

/** Parenthesised additions to a title: the chamber, the state of the training, the country ("(IHK)", "(examiniert)", "(D)"). */
const PARENTHESES = /\s*\([^()]*\)/gu;

/**
 * Words around a title that say how or where it was earned, not what it is: Swiss and German
 * certificates and chambers, diplomas, the state's recognition, "gelernt", an equivalent accepted.
 */
const MARKS = [
  /\bmit\s+(?:eidg(?:\.|enössischem)?\s*)?(?:FA|Fachausweis|Diplom|Anerkennung|Berufserfahrung|Berufspraxis|Abschluss)\b\.?/giu,
  /\b(?:oder|o\.)\s*(?:gleichwertig|gleichwertige Ausbildung|ähnlich|ä\.)\b\.?/giu,
  /\b(?:abgeschlossene|erfolgreich abgeschlossene)\s+(?:Ausbildung|Lehre|Berufsausbildung)(?:\s+(?:als|zum|zur))?\b/giu,
  /\b(?:staatlich|eidgenössisch)\s+(?:anerkannte|geprüfte|diplomierte)(?:\/?r|\/r|[rn])?(?=\s|$)/giu,
  /\b(?:examinierte|diplomierte|gelernte|ausgebildete|geprüfte)(?:\/?r|[rn])?(?=\s|$)/giu,
  /(?<![\p{L}-])(?:EFZ|EBA|HF|FH|IHK|HWK|BA|eidg\.?|[Dd]ipl\.|[Dd]ipl(?=\s))(?![\p{L}-])/gu,
];

/** The gendered second half of a title word: "Erzieher/in", "Kaufmann/-frau", "Produktionstechnologe/-technologin". */
const GENDER_SLASH = /(?<=\p{L})\/(?:-\p{L}+|in|innen|r|frau)(?![\p{L}])/gu;

/** Separators of alternatives: "oder", "bzw.", "resp.", a slash between words. */
const ALTERNATIVES = /\s+(?:oder|bzw\.?|resp\.?|or)\s+|\s*\/\s*/iu;

/**
 * The title without the marks of its certificate: "Dipl. Pflegefachperson HF/FH" → "Pflegefachperson",
 * "Logistikfachmann mit eidg. FA" → "Logistikfachmann", "Staatlich anerkannte/r Erzieher/in" → "Erzieher".
 */
export function withoutQualificationMarks(text: string): string {
  let out = text.replace(PARENTHESES, ' ').replace(GENDER_SLASH, '');
  for (const mark of MARKS) out = out.replace(mark, ' ');
  // A slash left between two marks removed ("HF/FH") or at an end joins nothing.
  return out
    .replace(/(?:^|\s)\/(?=\s|$)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The parts of a text that are alternatives to each other: "Mechatroniker oder Elektroniker" →
 * both; a slash between whole words too ("Fachmann/Fachfrau Finanz- und Rechnungswesen" → "Fachmann
 * Finanz- und Rechnungswesen", "Fachfrau Finanz- und Rechnungswesen": the words after the pair belong to each).
 */
export function alternativeReadings(text: string): string[] {
  const pair = /^(\p{L}+)\/(\p{L}+)(\s.+)$/u.exec(text);
  if (pair) return [`${pair[1]}${pair[3]}`, `${pair[2]}${pair[3]}`];
  return text
    .split(ALTERNATIVES)
    .map((part) => part.trim())
    .filter((part) => /\p{L}{2,}/u.test(part));
}

/**
 * The ways to read a listed text as a qualification: the text without its certificate's marks, and
 * its alternatives (each without marks; none when there is only one).
 */
export function qualificationReadings(text: string): { bare: string; alternatives: string[] } {
  const bare = withoutQualificationMarks(text);
  const parts = alternativeReadings(bare).map(withoutQualificationMarks);
  return { bare, alternatives: parts.length > 1 ? [...new Set(parts)] : [] };
}

/** A title with "für" between the occupation and its specialty also reads without it ("Kaufmann für Spedition" → "Kaufmann Spedition"). */
export function titleVariants(title: string): string[] {
  const without = title.replace(/\s+für\s+/giu, ' ');
  return without === title ? [title] : [title, without];
}

/**
 * What an interest phrase is interested in: "Interesse an Computern" → "Computern", "Freude am
 * Kochen" → "Kochen", "CAD-Interesse" → "CAD", "technisch interessiert" → "technisch",
 * "Begeisterung für Autos" → "Autos". Undefined for anything else.
 */
export function interestSubject(text: string): string | undefined {
  const t = text.trim();
  const lead =
    /^(?:(?:grosses|großes|echtes|starkes|viel|sehr|hat|zeigt)\s+)*(?:Interesse|Freude|Spass|Spaß|Begeisterung|Faszination|Leidenschaft|Flair)\s+(?:an|am|für|fürs|zum|zur|in|im|mit)(?:\s+(?:der|dem|den|die|das))?\s+(.+)$/iu.exec(t);
  if (lead) return lead[1]!.trim();
  const compound = /^(\p{L}[\p{L}.]*)-?(?:Interesse|interesse|Begeisterung|begeisterung)$/u.exec(t);
  if (compound && compound[1]!.length >= 2) return compound[1]!;
  const adjective = /^(?:sehr\s+)?(\p{L}+)\s+(?:interessiert|begeistert)$/iu.exec(t);
  if (adjective) return adjective[1]!;
  return undefined;
}

/**
 * What experience is named in: "Erfahrung im Verkauf" → "Verkauf", "Berufserfahrung im Spital" →
 * "Spital", "Dacherfahrung" → "Dach", "Erfahrung mit Hunden" → "Hunden". Undefined for anything else.
 */
export function experienceSubject(text: string): string | undefined {
  const t = text.trim();
  const lead = /^(?:(?:erste|mehrjährige|langjährige|einige|gute|viel)\s+)?(?:Berufs)?[Ee]rfahrung(?:en)?\s+(?:im|in|in der|mit|am|an|auf dem|auf der|auf|als|bei)\s+(.+)$/u.exec(t);
  if (lead) return lead[1]!.trim();
  const compound = /^(\p{Lu}\p{Ll}{2,}?)(?:s|n|en)?-?erfahrung$/u.exec(t);
  if (compound && !/^Berufs?$/u.test(compound[1]!)) return compound[1]!;
  return undefined;
}

/**
 * A word followed by a code (digits, or two to five capitals): a product by its maker and model or
 * module ("SAP MM", "Heidenhain TNC", "Siemens 840D"), or a field by its method ("Hygiene HACCP",
 * "Analytik HPLC"). The code names more exactly when it names anything; else the word before it does.
 */
export function wordAndCode(text: string): { word: string; code: string } | undefined {
  const m = /^(\p{L}[\p{L}\d.-]*)\s+([\p{Lu}\d][\p{Lu}\d-]{1,5})$/u.exec(text.trim());
  if (!m || !(/\d/u.test(m[2]!) || /^[\p{Lu}-]{2,5}$/u.test(m[2]!))) return undefined;
  return { word: m[1]!, code: m[2]! };
}

/** An adjective of a field ("technisch", "handwerklich", "kaufmännisch") as the field's noun ("Technik", "Handwerk"). */
const ADJECTIVE_FIELDS: readonly (readonly [RegExp, string])[] = [
  [/^technisch$/iu, 'Technik'],
  [/^handwerklich$/iu, 'Handwerk'],
  [/^naturwissenschaftlich$/iu, 'Naturwissenschaften'],
  [/^kaufmännisch$/iu, 'kaufmännisch'],
  [/^medizinisch$/iu, 'Medizin'],
  [/^sozial$/iu, 'Soziales'],
];

/**
 * The words an interest's subject may stand for, most literal first: the subject, an adjective's
 * field ("technisch" → "Technik"), and each of several subjects joined by "und" ("Computern und Netzwerken").
 */
export function subjectReadings(subject: string): string[] {
  const out = [subject];
  const field = ADJECTIVE_FIELDS.find(([adjective]) => adjective.test(subject));
  if (field) out.push(field[1]);
  const parts = subject.split(/\s+(?:und|oder|sowie|&)\s+|\s*,\s*/u).filter((p) => /\p{L}{2,}/u.test(p));
  if (parts.length > 1) out.push(...parts);
  return [...new Set(out)];
}

/** What a listed text is when it is no skill: a school certificate, a working condition or wish, the person's situation. */
export type NonSkill = 'school' | 'condition' | 'situation';

/**
 * School certificates and the steps before an apprenticeship: a posting asks for them, a pupil names
 * them, neither is a skill ("Sekundarschule", "Realschulabschluss angestrebt", "Abitur oder guter
 * Realschulabschluss", "Multicheck ICT", "Schnupperlehre absolviert").
 */
const SCHOOL =
  /^(?:(?:guter|gute|abgeschlossene[rn]?|erfolgreich)\s+)?(?:Sekundarschul\p{L}*|Sek(?:undarstufe)?\s*(?:I|1|A|B|C)|Realschul\p{L}*|Hauptschul\p{L}*|Werkrealschul\p{L}*|Oberschul\p{L}*|Mittlere[rn]? Reife|Mittelschul\p{L}*|Gymnasium|(?:Fach)?[Aa]bitur|(?:Berufs)?[Mm]atura|Schulabschluss|Volksschul\p{L}*|Oberstufe|Primarschul\p{L}*|Multicheck(?:\s+\p{L}+)?|Basic-?Check(?:\s+\p{L}+)?|Schnupperlehre|Schnuppertage?)(?:\s|$|\))/u;

/**
 * Working conditions and wishes about them: times, Pensum, shifts, travel ("Nachtarbeit",
 * "Schichtbereitschaft", "Teilzeit", "30 Stunden", "nur vormittags", "keine Samstage", "Pikett").
 */
const CONDITION =
  /^(?:(?:keine?|nur|ohne|wenig|gern|auch|bereit(?:schaft)? (?:zu|für))\s+)?(?:\p{L}*(?:schicht|dienst|arbeit)\p{L}*\s+)?(?:Teilzeit|Vollzeit|Pensum|\d+\s*(?:Stunden|h|%|Prozent)|(?:vor|nach)mittags?|abends|Wochenend\p{L}*|Samstag\p{L}*|Sonntag\p{L}*|\p{L}*[Ss]chicht(?!leit|führ|fuehr)\p{L}*|Nacht\p{L}*|night shifts?|weekends?|jeden Abend|Früh(?:dienst|schicht)|Spät(?:dienst|schicht)|Pikett\p{L}*|Rufbereitschaft|Bereitschaftsdienst|\p{L}+bereitschaft|Bereitschaft\b.*|Unregelmässige Arbeitszeiten|Unregelmäßige Arbeitszeiten|Reisen|Reisetätigkeit)(?:\s|$|\b)/iu;

/**
 * The person's situation or the support around them, not what they can: a return to work, a
 * retraining, disability insurance or rehabilitation, a job coach, who is welcome ("Grenzgängerin
 * willkommen", "Wiedereinstieg nach Familienpause", "IV-Verfügung", "berufliche Reha (DRV)").
 */
const SITUATION =
  /(?:^|\s)(?:Wiedereinst\p{L}*|Umschulung\p{L}*|IV-\p{L}+|IV\b|Reha\b|Reha-\p{L}*|Rehabilitation|Job ?Coach\p{L}*|Integrationsfachdienst|Arbeitsintegration|Werkstatt für behinderte Menschen|WfbM|\p{L}+ willkommen|willkommen)/iu;

/** Whether a listed text is no skill, and what it is then (NonSkill); undefined for anything that may be one. */
export function nonSkillKind(text: string): NonSkill | undefined {
  const t = text.trim();
  if (SCHOOL.test(t) || /^(?:\p{L}+\s+)?(?:oder|bzw\.?)\s/u.test(t) && SCHOOL.test(t.replace(/^.*?\s(?:oder|bzw\.?)\s+/u, ''))) return 'school';
  if (CONDITION.test(t)) return 'condition';
  if (SITUATION.test(t)) return 'situation';
  return undefined;
}

/**
 * Words that name the form of a qualification, not its field: "Buchhalter mit eidg. Fachausweis"
 * is about bookkeeping, and its "eidg. Fachausweis" would otherwise find every course leading to
 * one (Logistikfachmann, Küchenchef, Hauswart mit eidg. Fachausweis); so would "EFZ", "(IHK)",
 * "Dipl." or "staatlich geprüft". Folded. Beside MARKS, which strip them from a title read as an occupation, these are kept from a
 * word search.
 */
export const QUALIFICATION_FORM_WORDS: ReadonlySet<string> = new Set([
  'eidg', 'eidgenoessisch', 'eidgenoessische', 'eidgenoessischem', 'eidgenoessischen', 'eidgenoessischer', 'fachausweis', 'fa',
  'efz', 'eba', 'ihk', 'hwk', 'dipl', 'diplom', 'diplomiert', 'diplomierte', 'diplomierter', 'hf', 'fh', 'staatlich', 'gepruefte',
  'geprufter', 'gepruefter', 'geprueft', 'anerkannt', 'anerkannte', 'anerkannter', 'zertifikat', 'zertifiziert', 'zertifizierte',
]);

/** The text without the words naming the form of a qualification (see QUALIFICATION_FORM_WORDS). */
export function withoutQualificationForms(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => (QUALIFICATION_FORM_WORDS.has(fold(word)) ? ' ' : word));
}
