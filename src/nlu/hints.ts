/**
 * Keyword hints in German chat text: kinds of position (Lehrstelle, Praktikum, Festanstellung,
 * befristet), the person's situation (Schüler, Wiedereinstieg, Quereinsteiger …) and the driving licence.
 */
import type { PositionKind, Situation } from '../profile/types';
import { clauses, clauseWords, fold } from './tokens';

// Patterns run on folded text (umlauts → ae/oe/ue, ß → ss). Order matters where words overlap:
// "Schnupperlehre" must count as an internship before "lehre" counts as an apprenticeship.
const POSITION_PATTERNS: [PositionKind, RegExp][] = [
  ['internship', /schnupper\w*|praktik\w*|internship|trainee\w*|\bpraxissemester|werkstudent\w*|probearbeit\w*|\bvolontariat/g],
  ['apprenticeship', /lehrstel\w*|\blehr\b|lehrplatz\w*|ausbildig\w*|lehrling\w*|\blehre\b|\blehren\b|\blernende\w*|\blernendi\b|lehrbetrieb\w*|ausbildung\w*|azubi\w*|\befz\b|\beba\b|apprentice\w*|berufslehre|lehrbeginn|ausbildungsbeginn|duales? studium/g],
  // "was Festes", Swiss "öppis Feschts", "e feschti Stell": a permanent position named by the adjective alone.
  ['permanent', /festanstellung|feste? stelle|\bfest angestellt|unbefristet\w*|permanent\w*|dauerstelle|\bfest-?a(?:n)?stell\w*|\b(?:was|etwas|oeppis|opis) (?:fest(?:es)?|feschts?)\b|\bfeschti? stell\w*|\bfescht-?a(?:n)?stell\w*|\bfeste? job\w*/g],
  ['temporary', /\bbefristet\w*|temporae?r\w*|temporary|\btemp\b|zeitarbeit|leiharbeit|aushilf\w*|saisonstelle|saisonarbeit|\btemporaerstelle|ferienjob\w*|sommerjob\w*|summer job/g],
];

/** The Swiss disability insurance (IV), not the nurse's intravenous line («IV therapy», «IV-Zugang legen»). */
const DISABILITY_INSURANCE = String.raw`\biv\b(?![ -]?(?:therap|infus|zugang|zugaeng|access|drip|line|medika|medica|fluid|pump|kanuel|cannula|gabe))`;

const SITUATION_PATTERNS: [Situation, RegExp][] = [
  ['supported', new RegExp(String.raw`schwerbehindert\w*|\bgdb\b|g(?:e)?schuetzt\w* (?:werkstatt|werkstaette|rahme\w*|arbeitsplatz)|nischenarbeitsplatz|handicap|jobcoach|job-coach|job coach|${DISABILITY_INSURANCE}|invalidenversicherung|beeintraechtigung|behinderung|unterstuetzte beschaeftigung|supported employment|werkstatt fuer`)],
  ['returner', /wiederein?st\w*|wieder einsteigen|wieder ii?stii?g\w*|familien?pause|elternzeit|babypause|nach der pause|kinderpause|return(?:ing)? to work|after raising (?:my|the|our) (?:kids|children)|\bwiederein\w*|familienzeit|zurueck ins berufsleben|(?:zu ?hause|daheim|dihei|deheim) (?:mit|bei) (?:den |de |meinen |mine )?(?:kinder|chind)|pause wegen (?:den |der |meinen )?kinder|stay-at-home|stay at home (?:mom|mum|dad|parent)|(?:hausfrau|hausmann) (?:gsi|gewesen)|\bwar \w+ (?:\w+ )?(?:hausfrau|hausmann)/],
  ['career_changer', /quereinst\w*|umschul\w*|umsteigen|berufswechsel|neu orientieren|neuorientierung|career change\w*|wechseln moechte|etwas neues|umsatt\w*|quereist\w*|(?:ganz|komplett|voellig) (?:was |etwas )?anderes\b|\bweg vom \w+ und (?:in|ins|zur|zum)\b|switch careers|change careers|\b(?:bin|war|arbeite)\b.*\b(?:will|moechte)\b.*\brichtung\b|\bi (?:am|was|work)\b.*\bwant to (?:move|switch|change)\b/],
  ['international', /\bausland|zugewandert|eingewandert|aus dem ausland|expat|arbeitsbewilligung|aufenthaltsbewilligung|anerkennung meines|\bmigra\w*|gefluechtet|refugee|internationale? fachkraft|new to (?:switzerland|germany)|new in (?:switzerland|germany|the country|this country)|moved (?:here |to (?:switzerland|germany|this country|the country))|just arrived|neu in (?:der schweiz|deutschland)|neu im land|in die schweiz gezogen|nach deutschland gezogen|in die schwiiz zoge/],
  ['school_leaver', /schulabschluss|schule fertig|schule abgeschlossen|nach der schule|abgaenger\w*|brueckenangebot|zwischenjahr|abitur gemacht|matura gemacht|school leaver|finished school|\babi gemacht|nach (?:dem|meinem) abi(?:tur)?\b|raus aus der schule|us de schuel use/],
  ['pupil', /\bschuee?ler\w*|\b(?:schule|schuel)\b|\bsek\b|sekundarschuel?e?|still at school|realschule|hauptschule|gymnasium|\bklasse\b|berufswahl|pupil|student at school|\bbezirksschule|\b(?:7|8|9|10)\. klasse|oberstufe/],
  ['employed', /\bberufstaetig|angestellt bei|arbeite (?:als|bei|seit)|\bfachkraft|in ungekuendigter|currently work|i work as|ich bin (?:\w+ )?(?:elektriker|schreiner|koch|mechaniker|informatiker)/],
];

/**
 * A kind named only to rule it out ("kei Temporärstell", "nix Befristetes", "not temporary"): the words right before it.
 * Not "no" (Swiss "noch": "hend ihr no Lehrstelle?") nor "noch keine Lehrstelle" (having none yet is no refusal).
 */
const NEGATED_KIND = /(?<!\bnoch\s)\b(?:kein\w*|kei|keis|nix|nichts|nicht|not|ohne)\s+$/;

/** The kinds of position named in the text (Lehrstelle → apprenticeship, Praktikum → internship, …). */
export function parsePositionKinds(text: string): PositionKind[] {
  let folded = fold(text);
  const kinds: PositionKind[] = [];
  for (const [kind, pattern] of POSITION_PATTERNS) {
    if ([...folded.matchAll(pattern)].some((match) => !NEGATED_KIND.test(folded.slice(Math.max(0, match.index - 16), match.index)))) kinds.push(kind);
    pattern.lastIndex = 0;
    // Remove what matched so "Schnupperlehre" does not also count as a "lehre".
    folded = folded.replace(pattern, ' ');
  }
  return kinds;
}

/** The person's situation from hints like "Ich bin Schüler", "Wiedereinstieg", "Quereinsteiger". */
export function parseSituation(text: string): Situation | undefined {
  const folded = fold(text);
  return SITUATION_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0];
}

/** A clause about a break for the family ("8 Jahre zu Hause mit den Kindern", "nach der Elternzeit", "stay-at-home mum"), folded. */
const FAMILY_BREAK = /(?:zu ?hause|daheim|dihei|deheim|at home)\b.*\b(?:kinder\w*|kind|chind|chinder|kids|children|familie|family|baby)\b|(?:familien|eltern|kinder|baby)(?:pause|zeit)|mutterschaft|maternity|parental leave|stay-at-home|(?:hausfrau|hausmann)\b/;
/** The family and the home of such a clause: no field of work ("Kindern" is no wish to work with children). */
const FAMILY_WORDS = /^(?:kinder|kindern|kind|chind|chinder|kids|children|kid|baby|babys|familie|family|sohn|tochter|toechter|soehne|hause|daheim|dihei|deheim|home)$/;

/**
 * The words naming one's family and home where the person tells of a break for them ("war 8 Jahre zu
 * Hause mit den Kindern"), as written: private life, no words to search postings or courses by (the
 * returners' courses are found by "Wiedereinstieg", "Familienpause"). Not in a clause without a break
 * ("ich möchte mit Kindern arbeiten").
 */
export function familyBreakWords(text: string): string[] {
  return clauses(text)
    .filter((clause) => FAMILY_BREAK.test(fold(clause)))
    .flatMap((clause) => clauseWords(clause).filter((w) => FAMILY_WORDS.test(fold(w))));
}

// Swiss «Fahrusswiis», «Uto-Prüefig», «Lastwageprüefig», «B-Uswiis»; a class named with «Klasse»/«category» ("Klasse B und C1E").
const LICENCE =
  /fuehrerschein|fuehrerausweis|fahrausweis|fahru?ss?w(?:ii|ei)s|fahrerlaubnis|(?:\bauto|\buto|lastwage\w*|lkw)-?prue?e?f\w*|\bfahrprue?e?f\w*|\bb-(?:uswiis|ausweis)\b|driving licen[cs]e|driver'?s licen[cs]e|(?<!forklift |crane |stapler)\blicen[cs]e\b|\bkat(?:egorie)?\.? [bcd]1?e?\b|\b(?:klasse|kategorie|category|class) [bcd]1?e?\b|\bausweis kat/;
/** "I never learned to drive", "can't drive": no licence, said without naming it. */
const NO_DRIVING = /\b(?:never (?:learned|learnt) to drive|can(?:'|no)?t drive|don'?t drive)\b/;
const NEGATION = /\b(?:kein|keine|keinen|kei|keis|noch nicht|nicht|no|without|ohne|not)\b/;

/** true for "Ich habe den Führerschein / Fahrausweis Kat. B", false for "kein Führerschein", else undefined. */
export function parseDrivingLicence(text: string): boolean | undefined {
  const folded = fold(text);
  const match = LICENCE.exec(folded);
  if (!match) return NO_DRIVING.test(folded) ? false : undefined;
  const before = folded.slice(Math.max(0, match.index - 24), match.index);
  const after = folded.slice(match.index + match[0].length, match.index + match[0].length + 24);
  // "Einen Führerschein habe ich leider noch nicht gemacht": the negation after "habe ich", a few words on.
  // "Führerschein hab ich keinen", "Fahrusweis han i keine": «kein» after the verb too.
  const deniedAfter = /^\s*(?:habe|hab|hani|han|ha|besitze|have)\s+(?:ich|i)\s+(?:(?:\w+\s+){0,2}(?:noch\s+)?nicht\b|(?:leider\s+)?(?:kein\w*|kei)\b)/.test(folded.slice(match.index + match[0].length, match.index + match[0].length + 48));
  return !(NEGATION.test(before) || /\b(?:nicht|noch nicht|not yet|no|fehlt|fehlen|faehlt|missing)\b/.test(after) || deniedAfter);
}
