/**
 * The evidence behind a skill find and what follows from it: `sure` (stored as it is) only on strong
 * evidence, else `ask` (confirmed with a tap first). See src/nlu/skill-resolver.ts. Pure.
 */
import { boundedDamerau } from '../matching/taxonomy/fuzzy';
import type { SkillEvidence, SkillSuggestion } from '../services/ports';
import { fold } from './tokens';

/** Whether a concept may be stored as it is, or is a guess to confirm first. */
export type SkillTier = 'sure' | 'ask';

/** Confidence a guess is given at most, below the chat's "Meinst du …?" threshold (0.75). */
export const ASK_CONFIDENCE = 0.7;

const STRONG: ReadonlySet<SkillEvidence> = new Set(['label', 'synonym', 'misspelling', 'stem', 'compound', 'technology', 'esco']);

/** Endings of German nouns that name an activity ("Buchhaltung", "Schweissen", "Informatik"). */
const ACTIVITY_NOUN = /(?:ung|ungen|en|ern|eln|ik|ei|erei|ur|ion|age|ing|ismus|schaft|taet|heit|keit)$/;

/** Endings of nouns that name the person doing the work ("Staplerfahrer", "Lagerist", "Pflegehelferin"): they name the activity. */
const AGENT_NOUN = /(?:fahrer|leiter|arbeiter|helfer|techniker|monteur|installateur|mechaniker|berater|verkaeufer|kassierer|pfleger|erin|ist|istin|eur|euse|iker)$/;

/**
 * A one-word synonym that names a thing or a place rather than the skill ("Velo" for repairing
 * bicycles, "Lager" for warehouse management, "Küche" for cooking): a hint, not a skill.
 */
function isObjectWord(form: string, label: string): boolean {
  const word = form.trim();
  if (/\s/.test(word) || !/^\p{Lu}\p{Ll}/u.test(word) || ACTIVITY_NOUN.test(fold(word)) || AGENT_NOUN.test(fold(word))) return false;
  const f = fold(word);
  const labelWords = fold(label).split(/[^a-z0-9]+/);
  if (labelWords.includes(f)) return false;
  // A listed misspelling of the label ("Pyton" for Python) is the label.
  return boundedDamerau(f, fold(label), 2) > 2;
}

/** Disciplines and names keep their one-word ESCO labels ("Informatik", "Hadoop", "SAP"); other single words are hints. */
const DISCIPLINE = /(?:ik|ie|ung|wesen|technik|wissenschaft|wissenschaften)$/;

/** A single ordinary word ("Fussball", "schwimmen", "Logistik" is a discipline and stays). */
function isPlainWord(form: string): boolean {
  const word = form.trim();
  if (/\s/.test(word) || /\d/.test(word) || /^\p{Lu}{2,}$/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return false;
  return !DISCIPLINE.test(fold(word));
}

/** The tier of a vocabulary find (see the module comment). */
export function tierOf(found: Pick<SkillSuggestion, 'confidence' | 'evidence' | 'form' | 'label'>): SkillTier {
  if (!found.evidence) return found.confidence >= 0.75 ? 'sure' : 'ask';
  if (!STRONG.has(found.evidence)) return 'ask';
  if (found.evidence === 'synonym' && found.form && isObjectWord(found.form, found.label)) return 'ask';
  if (found.evidence === 'esco' && found.form && isPlainWord(found.form)) return 'ask';
  return 'sure';
}

