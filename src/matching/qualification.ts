/**
 * Qualification levels of occupations and postings, read from their German names: a helper's
 * course or a two-year EBA (1), an apprenticeship — EFZ, IHK/Ausbildung — (2), a diploma of a
 * Höhere Fachschule or Fachhochschule (3). A name that states none is an apprenticeship, the usual
 * case in both countries' taxonomies.
 */
export type QualificationLevel = 1 | 2 | 3;

/** Title words (as the lexical index folds them) that state a level on their own. */
export const LEVEL_TITLE_TERMS: readonly (readonly [QualificationLevel, readonly string[]])[] = [
  [3, ['hf', 'fh', 'dipl', 'diplomiert', 'diplomierte', 'bachelor', 'master']],
  [1, ['eba', 'srk', 'helfer', 'helferin', 'hilfskraft']],
  [2, ['efz']],
];

/**
 * Title words (folded, as the lexical index holds them) of a German post for the trained where the title names no
 * EFZ: «Fachkraft für Lagerlogistik», «Pflegefachkraft», «Facharbeiter», «Geselle». They ask for a completed
 * training only of one who says they have none (`saysNoQualification`): most who state no training in words
 * have one (they name their trade), so the words alone set no level.
 */
export const TRAINED_TITLE_TERMS: readonly string[] = ['fachkraft', 'fachkraefte', 'facharbeiter', 'facharbeiterin', 'geselle', 'gesellin'];

const HIGHER = /\b(?:HF|FH|Bachelor|Master)\b|\bDipl\.|\bdiplomiert/iu;
// German helper titles are compounds ("Pflegefachhelfer/in", "Hilfskraft Lager", "Küchenhilfe", "Aushilfe Verkauf"),
// but a "-hilfe" that names a service or a field is none ("Fachkraft Eingliederungshilfe", "Jugendhilfe", "Erste Hilfe").
const HELPER = /\b(?:EBA|SRK)\b|helfer|hilfskraft|(?<!jugend|eingliederungs|sozial|behinderten|alten|senioren|sucht|familien|kinder|fl(?:ü|ue)chtlings|geburts|erste[ -]|not|nach|hausaufgaben|mit|lebens|erziehungs)hilfe\b/iu;

/** The level the names state (the Swiss "Rettungssanitäter/in HF" lifts a German Ausbildung's label). */
export function qualificationLevel(names: readonly string[]): QualificationLevel {
  if (names.some((n) => HIGHER.test(n))) return 3;
  if (names.some((n) => HELPER.test(n))) return 1;
  return 2;
}

// A completed training the person states in their own words (folded text: ä → ae). "Pflegehelferkurs SRK" states level 1.
const STATED_HIGHER = /\b(?:hf|fh|bachelor|master|dipl|diplom\w*|studiert\w*|studium|\w*ingenieur\w*|engineer\w*|degree)\b/u;
const STATED_TRAINED = /\b(?:efz|ihk|eidg|gelernte?r?|geselle\w*|meister\w*)\b|lehre (?:als|abgeschlossen|gemacht|beendet)|(?:ausbildung|lehre) (?:zum|zur|als)\b|abgeschlossene\w* (?:\w+ )?(?:lehre|ausbildung)|\w+lehre abgeschlossen|apprenticeship as|\btrained\b|\bqualified\b|diploma/u;
const STATED_HELPER = /\b(?:eba|srk)\b|helfer\w*kurs/u;

/** The highest level the person's own words state ("diplomierte Pflegefachfrau HF" 3, "gelernter Bäcker" 2, "Pflegehelferkurs SRK" 1), 0 when they state none. */
export function statedLevel(foldedText: string): 0 | QualificationLevel {
  if (STATED_HIGHER.test(foldedText)) return 3;
  if (STATED_TRAINED.test(foldedText)) return 2;
  return STATED_HELPER.test(foldedText) ? 1 : 0;
}

/** The level names state explicitly (a title or occupation with EFZ, HF, Dipl., EBA, SRK), undefined when they state none. */
export function explicitLevel(names: readonly string[]): QualificationLevel | undefined {
  if (names.some((n) => HIGHER.test(n))) return 3;
  if (names.some((n) => HELPER.test(n))) return 1;
  return names.some((n) => /\bEFZ\b/u.test(n)) ? 2 : undefined;
}
