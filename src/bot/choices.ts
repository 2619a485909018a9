/**
 * Buttons with their answers, understood the German way: a tap, the button text typed out, one of
 * the synonyms listed in the locale file, or an ordinal ("2", "die zweite"). Replaces botbuilder's
 * ChoicePrompt, which neither knows "die zweite" nor German synonyms.
 *
 * Locale convention: the text of choice `<base>.<value>` is a string or an array whose first entry
 * is the button title and whose further entries are synonyms people type.
 */
import type { Texts } from '../i18n';
import { words } from '../nlu/tokens';
import type { Button, Reply } from './render';

/** Lower-case words only: punctuation, emoji and extra spaces removed. */
export function normalize(text: string): string {
  return words(text.toLowerCase().normalize('NFC'), '%+-');
}

/** Whether a text holds one of the words listed under `key` ("kurs*" stands for every word beginning so). */
export function mentions(texts: Texts, key: string, text: string): boolean {
  const padded = ` ${normalize(text)} `;
  return texts.variants(key).some((w) => padded.includes(` ${w} `) || (w.endsWith('*') && padded.includes(` ${w.slice(0, -1)}`)));
}

/** Buttons for choices whose titles live under `base` in the locales, with actions `<verb>:<value>`. */
export function choiceButtons(texts: Texts, base: string, verb: string, values: readonly string[]): Button[] {
  return values.map((value) => ({ title: texts.t(`${base}.${value}`), action: `${verb}:${value}`, synonyms: texts.variants(`${base}.${value}`).slice(1) }));
}

/**
 * The button a reply picks by its place ("2", "die zweite", "Nr. 2"). Only a reply made of the
 * ordinal and filler words counts: a number inside a sentence ("Nachricht 2", "seit 2 Jahren") is
 * no choice — at the consent question the second button is «Nein».
 */
function ordinal(texts: Texts, text: string, count: number): number | undefined {
  const words = normalize(text).split(' ');
  if (words.length > 3) return undefined;
  const fillers = new Set(texts.t('common.ordinalWords').split('|'));
  const table = texts.variants('common.ordinals');
  const spoken = words.filter((w) => !fillers.has(w));
  if (spoken.length !== 1) return undefined;
  for (let i = 0; i < Math.min(count, table.length); i += 1) {
    if (table[i]!.split('|').includes(spoken[0]!)) return i;
  }
  return undefined;
}

function bySynonym(texts: Texts, base: string, values: readonly string[], text: string): string | undefined {
  const said = normalize(text);
  if (!said) return undefined;
  const padded = ` ${said} `;
  const exact = values.find((v) => texts.variants(`${base}.${v}`).some((s) => normalize(s) === said));
  if (exact) return exact;
  // The longest synonym said wins: "sehr gut, im Beruf" means «Sehr gut», though it holds «gut» too.
  let best: { value: string; length: number } | undefined;
  for (const value of values) {
    for (const synonym of texts.variants(`${base}.${value}`).slice(1)) {
      const words = normalize(synonym);
      if (words && padded.includes(` ${words} `) && words.length > (best?.length ?? 0)) best = { value, length: words.length };
    }
  }
  return best?.value;
}

/** The chosen value for a reply, or undefined when the reply is not one of the choices. */
export function matchChoice(texts: Texts, reply: Reply, base: string, verb: string, values: readonly string[]): string | undefined {
  if (reply.verb === verb && reply.args?.length === 1 && values.includes(reply.args[0]!)) return reply.args[0];
  if (reply.action) return undefined;
  const found = bySynonym(texts, base, values, reply.text);
  if (found) return found;
  const index = ordinal(texts, reply.text, values.length);
  return index === undefined ? undefined : values[index];
}

/**
 * The button a typed ordinal ("2", "die zweite") points at, counted over the buttons as shown;
 * for questions whose buttons mix choices and suggestions, where the choices alone would count wrong.
 */
export function buttonByOrdinal(texts: Texts, reply: Reply, buttons: readonly Button[]): Button | undefined {
  if (reply.action) return undefined;
  const index = ordinal(texts, reply.text, buttons.length);
  return index === undefined ? undefined : buttons[index];
}

/** Yes/no buttons ("common.answer.yes" / "common.answer.no"). */
export function yesNoButtons(texts: Texts): Button[] {
  return choiceButtons(texts, 'common.answer', 'yn', ['yes', 'no']);
}

/** Replies up to this many words may hold a choice anywhere («sehr gut, im Beruf»). */
const SHORT_REPLY_WORDS = 5;

/**
 * Whether a typed reply is longer than a choice with a few words around it: a message that tells
 * something («hoi, bi 15 und suech … i de nöchi vo Olte») holds short choice words («de») in passing.
 */
export function isLongReply(reply: Reply): boolean {
  return !reply.action && normalize(reply.text).split(' ').filter(Boolean).length > SHORT_REPLY_WORDS;
}

/**
 * The choice a longer message opens with: its first words, up to `maxWords`, are exactly a button
 * title or synonym («Ja gerne, ich bin …» opens with «ja gerne»). A choice word further on («ich
 * bin Koch, nein, Bäcker») is part of what the person tells, not an answer.
 */
export function openingChoice(texts: Texts, text: string, base: string, values: readonly string[], maxWords: number): string | undefined {
  const said = normalize(text).split(' ');
  for (let count = Math.min(maxWords, said.length); count > 0; count -= 1) {
    const opening = said.slice(0, count).join(' ');
    const found = values.find((v) => texts.variants(`${base}.${v}`).some((s) => normalize(s) === opening));
    if (found) return found;
  }
  return undefined;
}

/** Reads a yes or no from a tap, the typed words, or the understood intent. */
export function matchYesNo(texts: Texts, reply: Reply, intent?: string): 'yes' | 'no' | undefined {
  const chosen = matchChoice(texts, reply, 'common.answer', 'yn', ['yes', 'no']);
  if (chosen) return chosen as 'yes' | 'no';
  if (reply.action) return undefined;
  return intent === 'yes' || intent === 'no' ? intent : undefined;
}

/** Whether a typed reply is one of these buttons, by title or synonym (so it is an answer, not a command). */
export function choosesButton(reply: Reply, buttons: readonly Button[]): boolean {
  const said = normalize(reply.text);
  if (reply.action || !said) return false;
  // Command buttons ("cmd:…", e.g. the menu) are run by the router: they never make a reply an answer.
  const answers = buttons.filter((b) => !b.action?.startsWith('cmd:'));
  return answers.some((b) => [b.title, ...(b.synonyms ?? [])].some((word) => normalize(word) === said));
}
