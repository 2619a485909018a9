/**
 * The «Notiert: …» line. What a reply fills in passing (place, Pensum, …) and what the open
 * question takes from it («Lehrstelle als Zimmermann/Zimmerin EFZ») are said in one line per
 * answer, so the person sees at once what Lotse understood, instead of a line that names only
 * the side things. Parts are collected while the answer is taken in and said by the step engine
 * before it goes on, or by the router when no step took the answer.
 */
import type { Turn } from './turn';

/** Adds parts to the turn's «Notiert: …» line: said in passing at its end, the open question's answer at its start. */
export function noteInPassing(turn: Turn, parts: readonly string[], as: 'inPassing' | 'answer' = 'inPassing'): void {
  if (as === 'answer') turn.notedParts.unshift(...parts);
  else turn.notedParts.push(...parts);
}

/** Says the «Notiert: …» line of the parts collected so far (nothing if there are none). */
export async function sayNoted(turn: Turn): Promise<void> {
  if (!turn.notedParts.length) return;
  const parts = turn.notedParts.splice(0);
  await turn.context.sendActivity(turn.texts.t('slots.noted', { items: parts.join(', ') }));
}
