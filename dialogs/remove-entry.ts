/**
 * Wrong entries are removable in one message at any point: "lösch Sozialversicherung", "please
 * remove social insurance", "Löten entfernen", "lösch Polymechaniker", "lösch meine Worte". A
 * removal word and a skill, an occupation or the own words of the profile are enough; a skill that
 * is not in the profile is said so, never asked about.
 */
import { normalize } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { setProfile, type Turn } from '../src/bot/turn';
import { occupationsIn } from './own-words';

/** A removal is a short request («Löten raus», «bitte lösch Polymechaniker aus meinem Profil»), not a life story. */
const MAX_REMOVAL_WORDS = 12;
/** Shorter removal words count only whole: «raus» is no «rausfinden», «drop» no «dropped out». */
const MIN_PREFIX = 5;

function asksRemoval(turn: Turn, text: string): boolean {
  const words = normalize(text).split(' ');
  if (words.length > MAX_REMOVAL_WORDS) return false;
  // «raus aus der Werkstatt» is someone leaving, not an entry to remove.
  const removes = (word: string, i: number) => words[i + 1] !== 'aus' && turn.texts.variants('act.remove.words').some((w) => word === w || (w.length >= MIN_PREFIX && word.startsWith(w)));
  return words.some(removes);
}

/** Removes the occupations and the own words a typed removal names; the names of what went. */
async function removeOccupationsAndWords(ports: Pick<BotServices, 'profiles' | 'vocabulary'>, turn: Turn): Promise<string[]> {
  const profile = turn.profile!;
  const text = normalize(turn.reply.text);
  const occupations = occupationsIn(ports, turn, turn.reply.text).ids.filter((id) => profile.occupations?.includes(id));
  const words = Boolean(profile.ownWords) && turn.texts.variants('act.remove.ownWords').some((w) => text.includes(w));
  if (!occupations.length && !words) return [];
  const patch = { occupations: (profile.occupations ?? []).filter((id) => !occupations.includes(id)), ...(words ? { ownWords: undefined } : {}) };
  setProfile(turn, await ports.profiles.update(profile.id, patch));
  const names = occupations.map((id) => ports.vocabulary.label(id, turn.locale) ?? id);
  return words ? [...names, turn.texts.t('summary.labels.ownWords')] : names;
}

/** Removes the skills, occupations or own words a typed removal names; false when the text is no such removal. */
export async function removeNamedEntries(ports: Pick<BotServices, 'profiles' | 'vocabulary'>, turn: Turn): Promise<boolean> {
  const { profile, reply, texts } = turn;
  if (!profile || reply.action || !reply.text || !asksRemoval(turn, reply.text)) return false;
  const gone = await removeOccupationsAndWords(ports, turn);
  if (gone.length) {
    await turn.context.sendActivity(texts.t('act.remove.done', { skills: gone.join(', ') }));
    return true;
  }
  const named = turn.understanding().skills;
  if (!named.length) return false;
  const have = new Map(profile.skills.map((s) => [s.conceptId, s.label]));
  const removed = named.filter((m) => have.has(m.conceptId));
  for (const m of removed) await ports.profiles.removeSkill(profile.id, m.conceptId);
  if (removed.length) {
    const fresh = await ports.profiles.findById(profile.id);
    setProfile(turn, fresh ?? { ...profile, skills: profile.skills.filter((s) => !removed.some((m) => m.conceptId === s.conceptId)) });
    await turn.context.sendActivity(texts.t('act.remove.done', { skills: removed.map((m) => have.get(m.conceptId)).join(', ') }));
    return true;
  }
  await turn.context.sendActivity(texts.t('act.remove.notThere', { skills: named.map((m) => m.label).join(', ') }));
  return true;
}
