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

const HIGHER = /\b(?:HF|FH|Bachelor|Master)\b|\bDipl\.|\bdiplomiert/iu;
// German helper titles are compounds ("Pflegefachhelfer/in", "Hilfskraft Lager").
const HELPER = /\b(?:EBA|SRK)\b|helfer|hilfskraft/iu;

/** The level the names state (the Swiss "Rettungssanitäter/in HF" lifts a German Ausbildung's label). */
export function qualificationLevel(names: readonly string[]): QualificationLevel {
  if (names.some((n) => HIGHER.test(n))) return 3;
  if (names.some((n) => HELPER.test(n))) return 1;
  return 2;
}
