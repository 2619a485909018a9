/**
 * "Was kannst du?" — skills step by step. The person writes freely ("Ich kann löten und
 * programmiere ein bisschen Python") or taps a suggestion; each skill is matched to a taxonomy
 * concept, confirmed when unsure ("Meinst du SPS-Programmierung?"), given a level and where it was
 * learned, and saved. "Oft zusammen mit …" suggestions help people who don't know what to say;
 * hobbies and informal work count as much as school.
 */
import { buttonByOrdinal, choiceButtons, matchChoice, matchYesNo, yesNoButtons } from '../src/bot/choices';
import type { Button, Reply } from '../src/bot/render';
import type { BotServices } from '../src/bot/services';
import { end, goto, next, retry, StepDialog, type Outcome, type Step } from '../src/bot/steps';
import { setProfile, type Turn } from '../src/bot/turn';
import { SKILL_LEVELS, SKILL_SOURCES, type Locale, type SkillLevel, type SkillSource } from '../src/profile/types';
import type { SkillMention, SkillSuggestion } from '../src/services/ports';
import { ASK_CONFIDENCE, tierOf } from '../src/nlu/skill-evidence';
import { keepOwnWords } from './own-words';

/** Dialog id. */
export const SKILLS = 'skills';

/** Below this confidence Lotse asks "Meinst du …?". */
export const CONFIRM_BELOW = 0.75;
/** Below this confidence a vocabulary hit is not offered at all. */
const OFFER_ABOVE = 0.45;
const MAX_QUEUE = 5;
const MAX_SUGGESTIONS = 3;

interface Candidate {
  conceptId: string;
  label: string;
  confidence: number;
  level?: SkillLevel;
  confirmed?: boolean;
  alternatives: { conceptId: string; label: string }[];
}

interface SkillsMemory extends Record<string, unknown> {
  /**
   * The short path before the first proposals: one answer, guesses confirmed, no level or source
   * questions (skill-details asks them later, for all skills at once) and no "noch etwas?".
   */
  quick?: boolean;
  queue: Candidate[];
  suggestions: { conceptId: string; label: string }[];
  lastLabel?: string;
  nudged?: boolean;
  /** The person asked for help once: from then on "Fertig" is offered even without a skill. */
  helped?: boolean;
}

const ENTRY_CHOICES = ['unsure', 'done'] as const;

/**
 * Whether a skill label names an activity ("löten", "Kunden beraten", "measuring vital signs") or a
 * field ("Elektronik", "Kommunikation"): questions about it need a frame that fits the label.
 * German activities end in a verb, which is written in lower case; English ones start with "-ing".
 */
export function isActivity(label: string, locale: Locale): boolean {
  const words = label.trim().split(/\s+/);
  if (locale === 'en') return /ing$/i.test(words[0] ?? '');
  return /^\p{Ll}/u.test(words[words.length - 1] ?? '');
}

/** Endings of English common nouns that name a skill in one word ("welding", "carpentry", "electronics"). */
const ENGLISH_COMMON_NOUN = /(?:ing|ry|ics|ment|tion|sion|ance|ence|ness|ship|work|care)$/;

/**
 * The label as it reads inside a sentence: English lower-cases a common phrase ("good at wound care",
 * "welding") but keeps a name as written ("Java", "SQL", "Spring Framework", "German").
 */
export function inSentence(label: string, locale: Locale): string {
  if (locale !== 'en' || /^\p{Lu}{2}/u.test(label)) return label;
  const [first = '', ...rest] = label.trim().split(/\s+/);
  const common = rest.length ? rest.every((w) => !/^\p{Lu}/u.test(w)) : ENGLISH_COMMON_NOUN.test(first.toLowerCase());
  return common ? label.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : label;
}

/** What the skills conversation needs: the vocabulary to find skills in, the understander for starters, the profile to keep them in. */
type SkillPorts = Pick<BotServices, 'profiles' | 'vocabulary' | 'understander'>;

/** Longest text (in words) searched loosely for a guess when the understanding found no skill in it. */
const GUESS_MAX_WORDS = 3;

function head(memory: SkillsMemory): Candidate | undefined {
  return memory.queue?.[0];
}

function candidatesFromText({ vocabulary }: Pick<BotServices, 'vocabulary'>, turn: Turn, text: string): Candidate[] {
  const mentions = turn.understanding().skills;
  if (mentions.length) {
    return mentions.map((m) => ({ conceptId: m.conceptId, label: m.label, confidence: m.confidence, level: m.level, alternatives: [] }));
  }
  // "5" or "4600" is no skill, however close some label's digits may come.
  if (!/\p{L}{2,}/u.test(text)) return [];
  // A sentence the understanding read and found no skill of the writer's in ("Mein Mann kann gut kochen", "ich
  // fahre mit dem Auto zur Arbeit") must not come back as a guess: only a bare phrase is searched loosely.
  if (text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length > GUESS_MAX_WORDS) return [];
  const found = vocabulary.find(text, turn.locale, MAX_SUGGESTIONS + 1).filter((s) => s.confidence >= OFFER_ABOVE);
  if (!found.length) return [];
  const [best, ...others] = found;
  // A guess (no whole label, synonym or known misspelling) is confirmed with a tap, never stored silently.
  const confidence = tierOf(best!) === 'sure' ? best!.confidence : Math.min(best!.confidence, ASK_CONFIDENCE);
  return [{ conceptId: best!.conceptId, label: best!.label, confidence, alternatives: others.map(({ conceptId, label }) => ({ conceptId, label })) }];
}

/**
 * Everyday skills to tap for someone who can't name one (a pupil: babysitting, computer, sport),
 * each understood like typed text so the buttons lead to real taxonomy concepts.
 */
function starters({ understander }: Pick<BotServices, 'understander'>, turn: Turn): { conceptId: string; label: string }[] {
  const situation = turn.profile?.situation;
  const key = situation && turn.texts.has(`skills.starters.${situation}`) ? `skills.starters.${situation}` : 'skills.starters.default';
  const known = new Set(turn.profile?.skills.map((s) => s.conceptId));
  return turn.texts
    .variants(key)
    .map((word) => understander.understand(word, turn.locale).skills[0])
    .filter((s): s is NonNullable<typeof s> => s !== undefined && !known.has(s.conceptId))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ conceptId, label }) => ({ conceptId, label }));
}

function suggestionButtons(memory: SkillsMemory): Button[] {
  return (memory.suggestions ?? []).map((s, i) => ({ title: s.label, action: `sugg:${i}` }));
}

function entryButtons(turn: Turn, memory: SkillsMemory): Button[] {
  // Someone who only taps must always find a way on, also without any skill yet.
  const choices = turn.profile?.skills.length || memory.helped || memory.quick ? ENTRY_CHOICES : (['unsure'] as const);
  return [...suggestionButtons(memory), ...choiceButtons(turn.texts, 'skills.buttons', 'sk', choices)];
}

/** Understands an answer to "Was kannst du?": a suggestion, "weiss nicht", "fertig" or free text. */
async function takeSkills(ports: SkillPorts, turn: Turn, typed: Reply, memory: SkillsMemory): Promise<Outcome> {
  // "1" is the first button shown (a suggestion), not the first of "weiss nicht" / "Fertig".
  const pointed = buttonByOrdinal(turn.texts, typed, entryButtons(turn, memory))?.action;
  const reply: Reply = pointed ? { ...typed, action: pointed, verb: pointed.split(':')[0], args: pointed.split(':').slice(1) } : typed;
  // A bare "?" asks what is meant: the examples answer that better than "nothing found".
  const asks = !reply.action && /^[\s?!.]*\?[\s?!.]*$/.test(reply.text);
  const chosen = asks ? 'unsure' : matchChoice(turn.texts, reply, 'skills.buttons', 'sk', ENTRY_CHOICES);
  if (chosen === 'done') {
    if (turn.profile?.skills.length || memory.nudged || memory.quick) return end();
    memory.nudged = true;
    return retry('skills.noneYet');
  }
  if (chosen === 'unsure') {
    memory.helped = true;
    memory.suggestions = starters(ports, turn);
    await turn.context.sendActivity(turn.texts.t(`skills.examples.${turn.profile?.situation ?? 'default'}`));
    return { repeat: true };
  }
  if (reply.verb === 'sugg') {
    const picked = memory.suggestions?.[Number(reply.args?.[0])];
    if (!picked) return retry('skills.retry');
    memory.queue = [{ ...picked, confidence: 1, alternatives: [] }];
    return goto('confirm');
  }
  if (reply.action) return retry('skills.retry');
  await keepOwnWords(ports, turn, reply.text);
  const found = candidatesFromText(ports, turn, reply.text);
  if (!found.length) return retry('skills.notFound');
  memory.queue = found.slice(0, MAX_QUEUE);
  return goto('confirm');
}

/** Stores a skill as far as it is known (an interruption after its level keeps it). */
async function saveSkill({ profiles }: Pick<BotServices, 'profiles'>, turn: Turn, skill: { conceptId: string; label: string; level?: SkillLevel }, source?: SkillSource): Promise<void> {
  const personId = turn.profile!.id;
  await profiles.upsertSkill(personId, { conceptId: skill.conceptId, label: skill.label, level: skill.level ?? 'basic', source });
  setProfile(turn, await profiles.findById(personId));
}

async function saveHead(ports: SkillPorts, turn: Turn, memory: SkillsMemory, source?: SkillSource): Promise<void> {
  const skill = memory.queue.shift()!;
  await saveSkill(ports, turn, skill, source);
  memory.lastLabel = skill.label;
  const related = ports.vocabulary.related(skill.conceptId, turn.locale, MAX_SUGGESTIONS + 3);
  const known = new Set(turn.profile?.skills.map((s) => s.conceptId));
  memory.suggestions = related
    .filter((r: SkillSuggestion) => !known.has(r.conceptId))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ conceptId, label }) => ({ conceptId, label }));
}

function intro(ports: SkillPorts): Step<SkillsMemory> {
  return {
    id: 'intro',
    ask: (turn, memory) => {
      const known = turn.profile?.skills.map((s) => s.label).join(', ');
      const text = known ? turn.texts.t('skills.askMore', { skills: known }) : turn.texts.t('skills.ask');
      return { text, buttons: entryButtons(turn, memory) };
    },
    answer: (turn, reply, memory) => takeSkills(ports, turn, reply, memory),
    skipped: () => end(),
  };
}

/** When the last guess was not meant: the short path goes on once a skill is saved; otherwise the question comes back. */
function afterGuesses(turn: Turn, memory: SkillsMemory): Outcome {
  return memory.quick && turn.profile?.skills.length ? end() : goto('intro');
}

/**
 * Skills typed instead of a yes or no («Buchhaltung, Telefon, Word und Excel» to «Meinst du
 * Büroorganisation?»), or after a no («nein, eher Buchhaltung»), answer «Was kannst du?»: the guess
 * was not meant (unsure is not yes), and what they name is taken as if typed there. Never lost to a
 * «Tipp auf Ja oder Nein».
 */
async function takeSkillsInstead(ports: SkillPorts, turn: Turn, memory: SkillsMemory): Promise<Outcome> {
  memory.queue.shift();
  await keepOwnWords(ports, turn, turn.reply.text);
  const known = new Set(turn.profile?.skills.map((s) => s.conceptId));
  const found = candidatesFromText(ports, turn, turn.reply.text).filter((c) => !known.has(c.conceptId));
  memory.queue = [...found, ...memory.queue].slice(0, MAX_QUEUE);
  return memory.queue.length ? goto('confirm') : afterGuesses(turn, memory);
}

function confirm(ports: SkillPorts): Step<SkillsMemory> {
  return {
    id: 'confirm',
    skip: (_turn, memory) => {
      const first = head(memory);
      return !first || first.confirmed === true || first.confidence >= CONFIRM_BELOW;
    },
    ask: (turn, memory) => {
      const first = head(memory)!;
      const alternatives = first.alternatives.map((a, i) => ({ title: a.label, action: `alt:${i}` }));
      return { text: turn.texts.t('skills.confirm', { skill: first.label }), buttons: [...yesNoButtons(turn.texts), ...alternatives] };
    },
    answer: async (turn, reply, memory) => {
      const first = head(memory)!;
      if (reply.verb === 'alt') {
        const alternative = first.alternatives[Number(reply.args?.[0])];
        if (!alternative) return retry('skills.confirmRetry', { skill: first.label });
        memory.queue[0] = { ...first, ...alternative, confirmed: true, alternatives: [] };
        return next();
      }
      const yesNo = matchYesNo(turn.texts, reply, turn.understanding().intent.name);
      const namesSkills = !reply.action && turn.understanding().skills.length > 0;
      if (yesNo !== 'yes' && namesSkills) return takeSkillsInstead(ports, turn, memory);
      if (yesNo === 'yes') {
        first.confirmed = true;
        return next();
      }
      if (yesNo === 'no') {
        memory.queue.shift();
        return memory.queue.length ? goto('confirm') : afterGuesses(turn, memory);
      }
      return retry('skills.confirmRetry', { skill: first.label });
    },
    // Unsure is not yes: the skill is left out rather than saved unconfirmed.
    skipped: (turn, memory) => {
      memory.queue.shift();
      return memory.queue.length ? goto('confirm') : afterGuesses(turn, memory);
    },
  };
}

function level(ports: SkillPorts): Step<SkillsMemory> {
  return {
    id: 'level',
    skip: (_turn, memory) => !head(memory) || Boolean(head(memory)!.level) || memory.quick === true,
    ask: (turn, memory) => ({
      text: turn.texts.t(isActivity(head(memory)!.label, turn.locale) ? 'skills.level.ask' : 'skills.level.askTopic', {
        skill: inSentence(head(memory)!.label, turn.locale),
      }),
      buttons: choiceButtons(turn.texts, 'skills.level', 'lvl', SKILL_LEVELS),
    }),
    answer: async (turn, reply, memory) => {
      const chosen = matchChoice(turn.texts, reply, 'skills.level', 'lvl', SKILL_LEVELS) as SkillLevel | undefined;
      const said = chosen ?? turn.understanding().skills.find((s) => s.level)?.level;
      if (!said) return retry('skills.level.retry');
      head(memory)!.level = said;
      await saveSkill(ports, turn, head(memory)!);
      return next();
    },
  };
}

const SOURCE_CHOICES = [...SKILL_SOURCES, 'skip'] as const;

/** The short path saves the confirmed guesses without asking more; their level is rated later. */
function quickSave(ports: SkillPorts): Step<SkillsMemory> {
  return {
    id: 'quickSave',
    skip: (_turn, memory) => !memory.quick || !head(memory),
    run: async (turn, memory) => {
      const skill = head(memory)!;
      if (!skill.level) markUnrated(turn, skill.conceptId);
      await saveHead(ports, turn, memory);
      return memory.queue.length ? goto('confirm') : end();
    },
  };
}

function source(ports: SkillPorts): Step<SkillsMemory> {
  return {
    id: 'source',
    skip: (_turn, memory) => !head(memory),
    ask: (turn, memory) => ({
      text: turn.texts.t(isActivity(head(memory)!.label, turn.locale) ? 'skills.source.askActivity' : 'skills.source.ask', {
        skill: inSentence(head(memory)!.label, turn.locale),
      }),
      buttons: choiceButtons(turn.texts, 'skills.source', 'src', SOURCE_CHOICES),
    }),
    answer: async (turn, reply, memory) => {
      const chosen = matchChoice(turn.texts, reply, 'skills.source', 'src', SOURCE_CHOICES);
      if (!chosen) return retry('skills.source.retry');
      await saveHead(ports, turn, memory, chosen === 'skip' ? undefined : (chosen as SkillSource));
      return memory.queue.length ? goto('confirm') : next();
    },
    skipped: async (turn, memory) => {
      await saveHead(ports, turn, memory);
      return memory.queue.length ? goto('confirm') : next();
    },
  };
}

function more(ports: SkillPorts): Step<SkillsMemory> {
  return {
    id: 'more',
    ask: (turn, memory) => {
      const saved = turn.texts.t('skills.saved', { skill: memory.lastLabel ?? '' });
      const hint = memory.suggestions?.length
        ? turn.texts.t('skills.related', { skill: memory.lastLabel ?? '', related: memory.suggestions.map((s) => s.label).join(', ') })
        : turn.texts.t('skills.anythingElse');
      return { text: `${saved}\n${hint}`, buttons: entryButtons(turn, memory) };
    },
    answer: (turn, reply, memory) => takeSkills(ports, turn, reply, memory),
    skipped: () => end(),
  };
}

const SAID_KEY = 'skillsSaidBefore';

/**
 * Keeps the skills a person named before the skills question («Was suchst du?» answered with «Ich
 * bin Maurer EFZ, kann mauern und Pläne lesen»): the short path takes them instead of asking again.
 */
export function noteSkillsSaidBefore(turn: Turn, mentions: readonly SkillMention[]): void {
  if (mentions.length) turn.user()[SAID_KEY] = mentions.slice(0, MAX_QUEUE).map(({ conceptId, label, confidence, level }) => ({ conceptId, label, confidence, level }));
}

function takeSkillsSaidBefore(turn: Turn): Candidate[] {
  const said = turn.user()[SAID_KEY];
  delete turn.user()[SAID_KEY];
  if (!Array.isArray(said)) return [];
  return said
    .filter((s): s is Candidate => typeof s?.conceptId === 'string' && typeof s?.label === 'string' && typeof s?.confidence === 'number')
    .filter((s) => !turn.profile?.skills.some((known) => known.conceptId === s.conceptId))
    .map((s) => ({ ...s, alternatives: [] }));
}

/** The short path with skills named before the question: the sure ones are noted in one line, guesses confirmed. */
const saidBefore: Step<SkillsMemory> = {
  id: 'saidBefore',
  skip: (turn, memory) => !memory.quick || turn.user()[SAID_KEY] === undefined,
  run: async (turn, memory) => {
    memory.queue = takeSkillsSaidBefore(turn);
    if (!memory.queue.length) return next();
    const sure = memory.queue.filter((s) => s.confidence >= CONFIRM_BELOW).map((s) => s.label);
    if (sure.length) await turn.context.sendActivity(turn.texts.t('skills.notedInPassing', { skills: sure.join(', ') }));
    return goto('confirm');
  },
};

/**
 * Saves the skills a reply names surely (no guess) that the profile lacks, unrated, so the level question
 * covers them too; the labels saved. For answers to another question («Wundversorgung, Medikamente stellen»
 * to «Wie gut kennst du dich mit Grundpflege aus?»): what one can is never dropped.
 */
export async function saveSkillsNamedInPassing(ports: Pick<BotServices, 'profiles'>, turn: Turn): Promise<string[]> {
  const known = new Set(turn.profile?.skills.map((s) => s.conceptId));
  const sure = turn.understanding().skills.filter((s) => s.confidence >= CONFIRM_BELOW && !known.has(s.conceptId));
  for (const skill of sure) {
    await saveSkill(ports, turn, skill);
    if (!skill.level) markUnrated(turn, skill.conceptId);
  }
  return sure.map((s) => s.label);
}

/** Skills saved without a level the person named: skill-details asks for them all at once. */
export function unrated(turn: Turn): string[] {
  const list = turn.user().unratedSkills;
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
}

function markUnrated(turn: Turn, conceptId: string): void {
  turn.user().unratedSkills = [...new Set([...unrated(turn), conceptId])];
}

/** The skills dialog; begin with memory {quick: true} for the short path before the first proposals. */
export function skillsDialog(ports: SkillPorts): StepDialog<SkillsMemory> {
  return new StepDialog<SkillsMemory>(SKILLS, [saidBefore, intro(ports), confirm(ports), level(ports), quickSave(ports), source(ports), more(ports)]);
}
