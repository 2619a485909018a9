/**
 * Wrong entries are removable in one message at any point: "lösch Sozialversicherung", "please
 * remove social insurance", "Löten entfernen". A removal word and a skill of the profile are
 * enough; a skill that is not in the profile is said so, never asked about.
 */
import { normalize } from '../src/bot/choices';
import { setProfile, type Turn } from '../src/bot/turn';

function asksRemoval(turn: Turn, text: string): boolean {
  const words = normalize(text).split(' ');
  return turn.texts.variants('act.remove.words').some((w) => words.some((word) => word.startsWith(w)));
}

/** Removes the skills a typed removal names; false when the text is no removal of a skill. */
export async function removeNamedSkills(turn: Turn): Promise<boolean> {
  const { profile, reply, texts } = turn;
  if (!profile || reply.action || !reply.text || !asksRemoval(turn, reply.text)) return false;
  const named = turn.understanding().skills;
  if (!named.length) return false;
  const have = new Map(profile.skills.map((s) => [s.conceptId, s.label]));
  const removed = named.filter((m) => have.has(m.conceptId));
  for (const m of removed) await turn.services.profiles.removeSkill(profile.id, m.conceptId);
  if (removed.length) {
    const fresh = await turn.services.profiles.findById(profile.id);
    setProfile(turn, fresh ?? { ...profile, skills: profile.skills.filter((s) => !removed.some((m) => m.conceptId === s.conceptId)) });
    await turn.context.sendActivity(texts.t('act.remove.done', { skills: removed.map((m) => have.get(m.conceptId)).join(', ') }));
    return true;
  }
  await turn.context.sendActivity(texts.t('act.remove.notThere', { skills: named.map((m) => m.label).join(', ') }));
  return true;
}
