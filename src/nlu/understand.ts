/**
 * The Understander: intent, skill mentions and entities of one chat message, from the same pure
 * code for the dialogs, the CLI (`lotse understand`) and the evaluation. Offline, no I/O.
 */
import type { Locale } from '../profile/types';
import type { DialogContextHint, Understander, Understanding, SkillVocabulary } from '../services/ports';
import { extractEntities } from './entities';
import { INTENT_THRESHOLD, recognizeIntent, warmUpIntents, type IntentResult } from './intents';
import { extractSkills } from './skills';

/** Options of createUnderstander. */
export interface UnderstanderOptions {
  /** The clock for relative dates ("ab März", "seit 2019"); tests pass a fixed one. */
  now?: () => Date;
}

/** Messages longer than this are cut before any parsing (a pasted CV must not stall the bot). */
export const MAX_UNDERSTAND_TEXT = 10_000;

/** Intents that are commands: their messages are not scanned for skills ("Skills ändern" names no skill). */
const COMMAND_CONFIDENCE = 0.9;

/**
 * Commands whose messages are still scanned for skills: «lösch Sozialversicherung» reads like
 * deleting the profile, and only the skill it names makes it a removal (dialogs/remove-entry.ts).
 */
const SCANNED_COMMANDS: ReadonlySet<string> = new Set(['delete_profile']);

/** Below this, a classifier guess on a message that names skills or languages is taken as an answer. */
const CONTENT_ANSWER_CONFIDENCE = 0.7;
/** A skill found at least this surely counts as the message naming content. */
const SURE_SKILL = 0.9;

/**
 * A message that tells about the person ("Ich spreche Deutsch und Albanisch", "Ich arbeite gern mit
 * Menschen") is an answer, not a command, unless the command is clear.
 */
function answerBias(intent: IntentResult, namesContent: boolean): IntentResult {
  if (!namesContent || intent.name === 'none' || intent.confidence >= CONTENT_ANSWER_CONFIDENCE) return intent;
  return { name: 'none', confidence: Math.min(intent.confidence, INTENT_THRESHOLD - 0.01) };
}

/** Understands one message: intent, skills (with spans into the message) and entities. */
export function understandText(text: unknown, locale: Locale, vocabulary: SkillVocabulary, now: Date, context: DialogContextHint = {}): Understanding {
  const message = typeof text === 'string' ? text.slice(0, MAX_UNDERSTAND_TEXT) : '';
  if (!/[\p{L}\p{N}]/u.test(message)) {
    return { intent: { name: 'none', confidence: 0 }, skills: [], entities: {} };
  }
  const recognized = recognizeIntent(message, context.asked);
  const command = recognized.name !== 'none' && recognized.confidence >= COMMAND_CONFIDENCE && !/^(?:yes|no|greeting|thanks)$/.test(recognized.name) && !SCANNED_COMMANDS.has(recognized.name);
  const skills = command ? [] : extractSkills(message, vocabulary, locale);
  const entities = extractEntities(message, now);
  const namesContent = entities.languages !== undefined || skills.some((s) => s.confidence >= SURE_SKILL);
  return { intent: answerBias(recognized, namesContent), skills, entities };
}

/** An Understander over a skill vocabulary (the taxonomy in the app, a small one in tests). */
export function createUnderstander(vocabulary: SkillVocabulary, options: UnderstanderOptions = {}): Understander {
  const now = options.now ?? (() => new Date());
  warmUpIntents();
  return {
    understand: (text: string, locale: Locale, context?: DialogContextHint) => understandText(text, locale, vocabulary, now(), context),
  };
}
