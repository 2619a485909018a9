/**
 * What a member of the network's staff (or someone joining as one) typed or tapped. Pure parsing;
 * dialogs/staff-commands.ts decides what to do with it.
 */
import { normalizeInviteCode } from '../hr/codes';

export type StaffCommand =
  | { kind: 'join'; code?: string }
  | { kind: 'take'; caseId: string }
  | { kind: 'pass'; caseId: string; to: string }
  | { kind: 'handOn' }
  | { kind: 'called'; caseId: string }
  | { kind: 'end' }
  | { kind: 'callbacks' }
  | { kind: 'duty'; onDuty: boolean }
  | { kind: 'help' }
  | { kind: 'coachCode' }
  | { kind: 'people' }
  | { kind: 'coachProfile'; linkId: string }
  | { kind: 'coachJobs'; linkId: string }
  | { kind: 'coachSuggest'; linkId: string; jobId: string };

const ID = '[A-Za-z0-9_-]{1,40}';
const TAKE = new RegExp(`^ho:take:(${ID})$`);
const PASS = new RegExp(`^ho:pass:(${ID}):(${ID})$`);
const CALLED = new RegExp(`^ho:called:(${ID})$`);
const COACH = new RegExp(`^co:(profile|jobs|sug):(${ID})(?::([A-Za-z0-9_.-]{1,40}))?$`);
const JOIN = /^(?:\/team(?:@\w+)?|team[- ]?code:?)(?:\s+(.+))?$/i;

/** A button value (postBack string or Action.Submit data), or the same value arriving as text. */
export function parseStaffValue(value: unknown): StaffCommand | undefined {
  const raw = typeof value === 'string' ? value : (value as { action?: unknown } | undefined)?.action;
  if (typeof raw !== 'string') return undefined;
  const take = TAKE.exec(raw);
  if (take) return { kind: 'take', caseId: take[1]! };
  const pass = PASS.exec(raw);
  if (pass) return { kind: 'pass', caseId: pass[1]!, to: pass[2]! };
  const called = CALLED.exec(raw);
  if (called) return { kind: 'called', caseId: called[1]! };
  const coach = COACH.exec(raw);
  if (!coach) return undefined;
  if (coach[1] === 'sug') return coach[3] ? { kind: 'coachSuggest', linkId: coach[2]!, jobId: coach[3] } : undefined;
  return coach[3] ? undefined : { kind: coach[1] === 'profile' ? 'coachProfile' : 'coachJobs', linkId: coach[2]! };
}

/** Whether a value or text is one of the staff buttons (someone outside the staff may tap a forwarded one). */
export function isStaffButton(value: unknown, text: string): boolean {
  return parseStaffValue(value) !== undefined || parseStaffValue(text.trim()) !== undefined;
}

/** Typed text; undefined when it is no staff command (a message to relay). */
export function parseStaffText(text: string): StaffCommand | undefined {
  const said = text.trim().replace(/\s+/g, ' ');
  const join = JOIN.exec(said);
  if (join) return { kind: 'join', code: join[1] ? normalizeInviteCode(join[1]) ?? join[1].trim() : undefined };
  const button = parseStaffValue(said);
  if (button) return button;
  const slash = /^\/([a-zäöü]+)(?:@\w+)?$/i.exec(said)?.[1]?.toLowerCase();
  if (!slash) return undefined;
  if (['ende', 'end', 'beenden'].includes(slash)) return { kind: 'end' };
  if (['weitergeben', 'handon', 'uebergeben', 'übergeben'].includes(slash)) return { kind: 'handOn' };
  if (['rueckrufe', 'rückrufe', 'callbacks'].includes(slash)) return { kind: 'callbacks' };
  if (['dienst', 'onduty'].includes(slash)) return { kind: 'duty', onDuty: true };
  if (['pause', 'offduty'].includes(slash)) return { kind: 'duty', onDuty: false };
  if (['hilfe', 'help', 'start'].includes(slash)) return { kind: 'help' };
  if (slash === 'coach') return { kind: 'coachCode' };
  if (['personen', 'people'].includes(slash)) return { kind: 'people' };
  return undefined;
}
