/**
 * What an HR person (or someone joining as one) typed or tapped, in any of the three locales.
 * Pure parsing; the HR conversation decides what to do with it.
 */
import { decodeOwnVerbs } from '../bot/actions';
import { normalizeInviteCode } from './codes';
import type { DigestFrequency } from '../services/ports';

export type HrCommand =
  | { kind: 'join'; code?: string }
  | { kind: 'contact'; pseudonym: string; jobId?: string }
  | { kind: 'frequency'; frequency?: DigestFrequency }
  | { kind: 'digest' }
  | { kind: 'help' };

/** Button value of "Kontakt anfragen" (fits Telegram's 64-byte callback_data). */
export function contactAction(jobId: string, pseudonym: string): string {
  return `hrc:${pseudonym}:${jobId}`;
}

const PSEUDONYM = /^K-[0-9A-F]{6}$/;
const JOIN = /^(?:\/hr(?:@\w+)?|hr[- ]?code:?|hr code:?)(?:\s+(.+))?$/i;
const CONTACT = /^(?:kontakt\s+anfragen|request\s+contact|\/kontakt|\/contact)\s*:?\s*(K-[0-9A-F]{6})$/i;
const FREQUENCY = /^\/?(?:frequenz|frequency|häufigkeit|haeufigkeit)(?:\s+(.+))?$/i;
const DAILY = /^(?:täglich|taeglich|daily|jeden tag|every day)$/i;
const WEEKLY = /^(?:wöchentlich|woechentlich|weekly|jede woche|every week)$/i;

function frequencyOf(text: string): DigestFrequency | undefined {
  if (DAILY.test(text)) return 'daily';
  if (WEEKLY.test(text)) return 'weekly';
  return undefined;
}

/** Reads a button value (Action.Submit data or postBack string). */
export function parseHrValue(value: unknown): HrCommand | undefined {
  const decoded = decodeOwnVerbs(value, ['hrc', 'hrf']);
  const [first, second, ...rest] = decoded?.args ?? [];
  if (!decoded || rest.length > 0) return undefined;
  if (decoded.verb === 'hrc') return first && PSEUDONYM.test(first) && second ? { kind: 'contact', pseudonym: first, jobId: second } : undefined;
  return (first === 'daily' || first === 'weekly') && second === undefined ? { kind: 'frequency', frequency: first } : undefined;
}

/** Reads typed text; undefined when it is not an HR command. */
export function parseHrText(text: string): HrCommand | undefined {
  const said = text.trim().replace(/\s+/g, ' ');
  const join = JOIN.exec(said);
  if (join) return { kind: 'join', code: join[1] ? normalizeInviteCode(join[1]) ?? join[1].trim() : undefined };
  const contact = CONTACT.exec(said);
  if (contact) return { kind: 'contact', pseudonym: contact[1]!.toUpperCase() };
  const freq = FREQUENCY.exec(said);
  if (freq) return { kind: 'frequency', frequency: freq[1] ? frequencyOf(freq[1].trim()) : undefined };
  const direct = frequencyOf(said);
  if (direct) return { kind: 'frequency', frequency: direct };
  if (/^\/(?:digest|übersicht|uebersicht)$/i.test(said)) return { kind: 'digest' };
  if (/^\/?(?:hilfe|help|start)$/i.test(said)) return { kind: 'help' };
  return undefined;
}
