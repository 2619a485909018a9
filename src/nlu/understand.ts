/**
 * The Understander: intent, skill mentions and entities of one chat message, from the same pure
 * code for the dialogs, the CLI (`lotse understand`) and the evaluation. Offline, no I/O.
 */
import type { Locale } from '../profile/types';
import type { DialogContextHint, Entities, SkillMention, Understander, Understanding, SkillVocabulary } from '../services/ports';
import { extractEntities } from './entities';
import { SURE_OCCUPATION, type OccupationLookup } from './introductions';
import { INTENT_THRESHOLD, recognizeIntent, warmUpIntents, type IntentResult } from './intents';
import { scanSkills } from './skills';
import { givenUpLater, heldCertificate } from './skill-stance';

/** Intents a message that names a skill and denies it can be mistaken for ("Pflege mache ich nicht mehr" is no cancel). */
const DENIAL_READINGS = new Set(['no', 'cancel', 'delete_profile']);

/** Options of createUnderstander. */
export interface UnderstanderOptions {
  /** The clock for relative dates ("ab März", "seit 2019"); tests pass a fixed one. */
  now?: () => Date;
}

/** Messages longer than this are cut before any parsing (a pasted CV must not stall the bot). */
export const MAX_UNDERSTAND_TEXT = 10_000;

/**
 * Intents that are commands: their messages are not scanned for skills ("Skills ändern" names no skill). A
 * request for jobs or courses is scanned: "kann schweissen und suche eine Stelle als Schlosser" tells a skill
 * the person has, and the one asked for is left out by its stance (skill-stance.ts) and by the wished job.
 */
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
 * Requests whose topic is often a skill ("Ich würde gern einen Excel-Kurs machen", "gelernte Floristin,
 * suche eine Stelle als Verkäuferin"): the skill named is what they ask about, not an answer.
 */
const TOPIC_REQUESTS: ReadonlySet<string> = new Set(['show_jobs', 'show_trainings']);

/**
 * A message that tells about the person ("Ich spreche Deutsch und Albanisch", "Ich arbeite gern mit
 * Menschen") is an answer, not a command, unless the command is clear. Languages are what a change of
 * languages is about («Ich habe jetzt B2 in Deutsch, kannst du das ändern?»), so they make no answer of it.
 */
export function answerBias(intent: IntentResult, content: { skills: boolean; languages: boolean }): IntentResult {
  const namesContent = content.skills || (content.languages && intent.name !== 'edit_languages');
  if (!namesContent || intent.name === 'none' || TOPIC_REQUESTS.has(intent.name) || intent.confidence >= CONTENT_ANSWER_CONFIDENCE) return intent;
  return { name: 'none', confidence: Math.min(intent.confidence, INTENT_THRESHOLD - 0.01) };
}

/** An opening salutation: one to three words before a comma or «!» ("Tach auch,", "Glück auf!", "Tschau zäme,"). */
const OPENING_SALUTATION = /^\s*([\p{L}'’]+(?:\s+[\p{L}'’]+){0,2})\s*[,!]/u;
/** Longer messages tell more than who writes (a job coach about a client, a letter). */
const MAX_GREETING_WORDS = 20;

/**
 * A message that opens with a salutation and then introduces the writer by name, and asks nothing, is a greeting
 * (the convention of the labelled sets: «Gude, ich bin der Kevin, Elektriker aus Mannheim»), whatever the salutation's
 * words; the model knows the common ones only. Only when no question is open: there a name is the answer.
 */
export function introductionGreeting(intent: IntentResult, message: string, entities: Entities, asked: readonly string[] = []): IntentResult {
  const name = entities.firstName;
  if (intent.name !== 'none' || !name || asked.length || message.includes('?')) return intent;
  const salutation = OPENING_SALUTATION.exec(message);
  if (!salutation || salutation[1]!.toLowerCase().includes(name.toLowerCase())) return intent;
  if (message.split(/\s+/).filter(Boolean).length > MAX_GREETING_WORDS) return intent;
  // Written as a name (capitalised), not a word the introduction parser took for one ("ich bi erscht 16").
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(message)) return intent;
  return { name: 'greeting', confidence: INTENT_THRESHOLD };
}

/** How surely a phrase names one of the vocabulary's occupations (undefined where it knows none). */
function occupationLookup(vocabulary: SkillVocabulary, locale: Locale): OccupationLookup | undefined {
  const find = vocabulary.findOccupations?.bind(vocabulary);
  return find ? (phrase) => find(phrase, locale, 1)[0]?.confidence ?? 0 : undefined;
}

/** Words that say a trade was (or is being) learned ("gelernte", "Lehre", "glehrt", "Lehrling", "trained"): never teaching when an occupation is named. */
const TRAINING_WORD = /^(?:ge?lehrt|gleert|lehre?|lehrabschluss|lehrling|lernende[rn]?|lehrtochter|azubi|apprentice|trained|training|ausbildung|ausgebildete?[rn]?|gelernte?[rn]?|glernt)$/iu;

/** Where a phrase the introduction parser returned stands in the message (case ignored). */
function spanOf(message: string, phrase: string | undefined): [number, number] | undefined {
  if (!phrase) return undefined;
  const at = message.toLowerCase().indexOf(phrase.toLowerCase());
  return at < 0 ? undefined : [at, at + phrase.length];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/**
 * Skills in the light of an introduction: the occupation a person has stands for its core skill
 * ("gelernte Detailhandelsfachfrau" → customer advice in a shop) when no skill was read from the
 * title itself; the job a person asks for is no skill they have ("suche eine Lehrstelle als Köchin");
 * the word saying a trade was learned is not teaching ("ha Köchin glehrt", "a trained electrician").
 */
function withIntroduction(message: string, skills: SkillMention[], entities: Entities, vocabulary: SkillVocabulary, locale: Locale): SkillMention[] {
  if (!entities.occupation && !entities.wishedJob) return skills;
  const wished = spanOf(message, entities.wishedJob);
  let out = skills.filter((s) => !(wished && overlaps(s.span, wished)) && !(entities.occupation && TRAINING_WORD.test(message.slice(s.span[0], s.span[1]))));
  const held = spanOf(message, entities.occupation);
  const occupation = held && vocabulary.findOccupations ? vocabulary.findOccupations(entities.occupation!, locale, 1)[0] : undefined;
  if (held && occupation && occupation.confidence >= SURE_OCCUPATION && vocabulary.skillsOf) {
    // A skill read from a part of a title it is not part of ("dental nurse" is no nurse's Grundpflege) is a misreading of the title.
    const { essential, optional } = vocabulary.skillsOf(occupation.conceptId);
    const own = new Set([...essential, ...optional]);
    out = out.filter((s) => !(s.span[0] >= held[0] && s.span[1] <= held[1] && s.span[1] - s.span[0] < held[1] - held[0] && !own.has(s.conceptId)));
  }
  if (held && !out.some((s) => overlaps(s.span, held)) && vocabulary.skillsOf) {
    const core = occupation && occupation.confidence >= SURE_OCCUPATION ? vocabulary.skillsOf(occupation.conceptId).essential[0] : undefined;
    const label = core && vocabulary.label(core, locale);
    if (core && label && !out.some((s) => s.conceptId === core)) {
      out = [...out, { conceptId: core, label, confidence: SURE_OCCUPATION, span: held }].sort((a, b) => a.span[0] - b.span[0]);
    }
  }
  return out;
}

/**
 * Strong evidence for a skill met only by a one-word alias (asked back otherwise): a certificate the writer holds
 * ("Ich habe einen Staplerschein"), or the occupation the introduction says they held ("habe als Barmaid
 * gearbeitet"). Such a find is stored as surely as an occupation's core skill.
 */
function withStrongEvidence(message: string, skills: SkillMention[], entities: Entities): SkillMention[] {
  const held = spanOf(message, entities.occupation);
  return skills.map((s) =>
    s.confidence < SURE_OCCUPATION && (heldCertificate(message, s.span) || (held && s.span[0] >= held[0] && s.span[1] <= held[1])) ? { ...s, confidence: SURE_OCCUPATION } : s,
  );
}

/**
 * The capitalised word right after the writer's first name is their surname ("ich heisse Hanna Keller",
 * "Grüezi, Ronja Keller, ich bi 45"): a family name that looks like a skill (Keller ~ Kellner, Koch, Müller)
 * is no skill of theirs, and nor is the first name.
 */
function withoutSurname(message: string, skills: SkillMention[], entities: Entities): SkillMention[] {
  if (!entities.firstName) return skills;
  const escaped = entities.firstName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The first name itself is no skill either ("ich heisse Dario" is no Dari); a skill's own name taken for a name ("Ich bi Forstwart") stays.
  const first = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').exec(message);
  if (first) skills = skills.filter((s) => s.evidence === 'label' || s.evidence === 'synonym' || !overlaps(s.span, [first.index, first.index + first[0].length]));
  const name = new RegExp(`(?<![\\p{L}])${escaped}\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}-])`, 'u').exec(message);
  if (!name) return skills;
  const start = name.index + name[0].length - name[1]!.length;
  const surname: [number, number] = [start, start + name[1]!.length];
  return skills.filter((s) => !overlaps(s.span, surname));
}

/** Understands one message: intent, skills (with spans into the message) and entities. */
export function understandText(text: unknown, locale: Locale, vocabulary: SkillVocabulary, now: Date, context: DialogContextHint = {}): Understanding {
  const message = typeof text === 'string' ? text.slice(0, MAX_UNDERSTAND_TEXT) : '';
  if (!/[\p{L}\p{N}]/u.test(message)) {
    return { intent: { name: 'none', confidence: 0 }, skills: [], entities: {} };
  }
  const recognized = recognizeIntent(message, context.asked);
  const command = recognized.name !== 'none' && recognized.confidence >= COMMAND_CONFIDENCE && !/^(?:yes|no|greeting|thanks)$/.test(recognized.name) && !SCANNED_COMMANDS.has(recognized.name) && !TOPIC_REQUESTS.has(recognized.name);
  const entities = extractEntities(message, now, occupationLookup(vocabulary, locale));
  const scan = command ? { mentions: [], namesUnclaimed: false } : scanSkills(message, vocabulary, locale);
  const scanned = scan.mentions;
  // A command that says what the person is ("gelernte Köchin, suche eine Stelle") still tells the occupation's core skill.
  // Past work a later clause gives up ("Ich bi Forstwart gsi, aber … gaht das nümme") is no skill, the occupation's core skill neither.
  const skills = withStrongEvidence(message, withIntroduction(message, withoutSurname(message, scanned, entities), entities, vocabulary, locale), entities).filter(
    (s) => !givenUpLater(message, s.span),
  );
  // A skill named and denied ("Pflege mache ich nicht mehr") still makes the message a statement, not a "no";
  // a question or a request that names one unclaimed ("Was passt da zu mir?", "keinen Plan, was für eine Lehre") keeps its intent.
  const denied = scan.namesUnclaimed && DENIAL_READINGS.has(recognized.name);
  const content = { languages: entities.languages !== undefined, skills: denied || scanned.some((s) => s.confidence >= SURE_SKILL) };
  return { intent: introductionGreeting(answerBias(recognized, content), message, entities, context.asked), skills, entities };
}

/** An Understander over a skill vocabulary (the taxonomy in the app, a small one in tests). */
export function createUnderstander(vocabulary: SkillVocabulary, options: UnderstanderOptions = {}): Understander {
  const now = options.now ?? (() => new Date());
  warmUpIntents();
  return {
    understand: (text: string, locale: Locale, context?: DialogContextHint) => understandText(text, locale, vocabulary, now(), context),
  };
}
