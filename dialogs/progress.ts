/**
 * Whether the person got through the profile conversation once (the summary was reached): an
 * unfinished profile is continued on return and offered in the menu, instead of being forgotten.
 */
import type { Turn } from '../src/bot/turn';

/** Marks the profile conversation as gone through. */
export function markProfileDone(turn: Turn): void {
  turn.user().profileDone = true;
}

/** Whether the profile conversation was gone through; profiles from before the mark count when their wishes are there. */
export function profileDone(turn: Turn): boolean {
  const profile = turn.profile;
  return turn.user().profileDone === true || Boolean(profile?.place && profile.pensum);
}
