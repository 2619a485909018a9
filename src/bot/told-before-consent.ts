/**
 * What a person tells before consent («Hallo, ich bin Jonas, 16, und suche eine Ausbildung als
 * Kfz-Mechatroniker in Sindelfingen») is not lost to the yes: it is kept in the conversation state
 * only (an anonymous conversation's state goes an hour after its last message, and a «nein» clears
 * it at once), and after the yes it is taken in as the answer to the first question, so nobody has
 * to type their story twice. Nothing of it reaches a profile without the yes.
 */
import type { Entities, Understanding } from '../services/ports';
import type { Turn } from './turn';

/** A few long messages are a story; beyond this many characters the oldest part is let go. */
const MAX_TOLD_CHARS = 1500;
const TOLD = 'toldBeforeConsent';
const REPLAY = 'replayAfterConsent';

/** What a message must tell of the person to be taken in: not a bare number («Mein Natel ist 079 …»), a language or a date. */
const ABOUT_THEMSELVES: readonly (keyof Entities)[] = ['pensum', 'years', 'postalCode', 'placeName', 'positionKinds', 'situation', 'firstName', 'age', 'occupation', 'wishedJob', 'drivingLicence'];

/** Whether a message tells something Lotse asks about: a skill, an occupation, a place, a wish, a name. */
export function tellsAboutThemselves(understood: Understanding): boolean {
  return understood.skills.length > 0 || ABOUT_THEMSELVES.some((key) => {
    const value = understood.entities[key];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
}

/** Keeps the reply, told before consent, for this conversation only, when it tells something of the person. */
export function keepToldBeforeConsent(turn: Turn): void {
  const text = turn.reply.text;
  if (turn.profile || turn.reply.action || !text.trim() || !tellsAboutThemselves(turn.understanding())) return;
  const conversation = turn.state.conversation(turn.context);
  const before = typeof conversation[TOLD] === 'string' ? `${conversation[TOLD]}\n` : '';
  conversation[TOLD] = `${before}${text.trim()}`.slice(-MAX_TOLD_CHARS);
}

/** At the yes: what was told before is to be taken in once this turn's dialog has asked its first question. */
export function replayToldBeforeConsent(turn: Turn): void {
  const conversation = turn.state.conversation(turn.context);
  const told = conversation[TOLD];
  delete conversation[TOLD];
  if (typeof told === 'string' && told) conversation[REPLAY] = told;
}

/** The story to take in after consent, removed from the state (it is taken in once, or not at all). */
export function takeReplay(turn: Turn): string | undefined {
  const conversation = turn.state.conversation(turn.context);
  const told = conversation[REPLAY];
  delete conversation[REPLAY];
  return typeof told === 'string' && told && turn.profile ? told : undefined;
}
