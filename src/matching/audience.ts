/**
 * Postings meant for adults only (a Nachholbildung, an Umschulung, "… für Erwachsene") are no
 * proposal for a pupil or school leaver, however well their skills fit: a counsellor would not
 * show a 15-year-old the "Nachholbildung FaGe EFZ für Erwachsene". Read from the posting's title
 * only: "auch für Erwachsene" in a description, or a ward "für Erwachsene", says nothing of who may apply.
 */
import { findAge } from '../nlu/introductions';
import { isYoung, type Situation } from '../profile/types';

/** Title words (as the lexical index folds them) of postings for adults only. */
export const ADULT_TITLE_TERMS: readonly string[] = ['nachholbildung', 'umschulung', 'erwachsene', 'erwachsenen'];

/** Below this age a person is still of school age for the postings' purposes (a Nachholbildung asks for years of work). */
const ADULT_AGE = 20;

/** Whether the person is a pupil or school leaver: their profile says so, or their words state an age below ADULT_AGE ("Ich bin 15"). */
export function isSchoolAge(text: string | undefined, now: Date, situation?: Situation): boolean {
  if (isYoung(situation)) return true;
  const age = text ? findAge(text, now) : undefined;
  return age !== undefined && age < ADULT_AGE;
}
