/**
 * The small interfaces of the live handoff (a person asks for a human; a counsellor of the network
 * takes the case in Telegram or Teams) and of the network's staff accounts. Implemented by
 * src/store/staff-store.ts (database) and src/channels/router.ts (messages).
 */
import type { Activity, ConversationReference } from 'botbuilder-core';
import type { Locale } from '../profile/types';

export type StaffRole = 'counsellor' | 'coach';
export const STAFF_ROLES: readonly StaffRole[] = ['counsellor', 'coach'];

/** A counsellor or job coach of the network. */
export interface StaffRecord {
  id: string;
  name: string;
  roles: StaffRole[];
  onDuty: boolean;
}

/**
 * waiting: sent to counsellors, nobody took it yet · active: a counsellor talks with the person ·
 * closed: ended by either side · missed: nobody took it in time · callback: the person left a
 * contact for a callback · called: a counsellor marked the callback done.
 */
export type HandoffStatus = 'waiting' | 'active' | 'closed' | 'missed' | 'callback' | 'called';

export interface HandoffCase {
  id: string;
  personId?: string;
  channelId: string;
  conversationId: string;
  /** Where the person is reached (their conversation with Lotse). */
  reference: Partial<ConversationReference>;
  locale: Locale;
  /** What it is about, in the person's words. */
  topic: string;
  /** The profile summary, only when the person agreed to share it. */
  summary?: string;
  status: HandoffStatus;
  staffId?: string;
  callbackContact?: string;
  createdAt: Date;
  takenAt?: Date;
}

/** A request message one counsellor received, to be edited once the case is taken or gone. */
export interface HandoffOffer {
  staffId: string;
  reference: Partial<ConversationReference>;
  messageId: string;
}

export interface StaffDirectory {
  createStaffInvite(code: string, name: string, roles: StaffRole[], expiresAt: Date): Promise<void>;
  /** Uses a code once and links this channel account to the new staff member; undefined for a bad code. */
  redeemStaffInvite(code: string, now: Date, account: { channelId: string; channelUserId: string; reference: Partial<ConversationReference> }): Promise<StaffRecord | undefined>;
  staff(id: string): Promise<StaffRecord | undefined>;
  staffByChannel(channelId: string, channelUserId: string): Promise<StaffRecord | undefined>;
  saveStaffReference(staffId: string, channelId: string, channelUserId: string, reference: Partial<ConversationReference>): Promise<void>;
  /** Where a staff member is reached, newest first. */
  staffReferences(staffId: string): Promise<Partial<ConversationReference>[]>;
  /** Everybody with this role. */
  staffWithRole(role: StaffRole): Promise<StaffRecord[]>;
  setOnDuty(staffId: string, onDuty: boolean): Promise<void>;
}

export interface HandoffStore {
  openCase(data: Omit<HandoffCase, 'id' | 'status' | 'createdAt' | 'staffId' | 'takenAt'> & { status: 'waiting' | 'callback' }, now: Date): Promise<HandoffCase>;
  handoff(id: string): Promise<HandoffCase | undefined>;
  /** The waiting or active case of a person's conversation. */
  openCaseIn(channelId: string, conversationId: string): Promise<HandoffCase | undefined>;
  addOffer(caseId: string, offer: HandoffOffer): Promise<void>;
  offers(caseId: string): Promise<HandoffOffer[]>;
  /** Waiting → active for this counsellor, atomically; false when someone else was first or it is gone. */
  take(caseId: string, staffId: string, now: Date): Promise<boolean>;
  /** Hands an active case from one counsellor to another; false when `from` does not own it. */
  passOn(caseId: string, from: string, to: string): Promise<boolean>;
  /** Ends a waiting or active case with this status; false when it was not open any more. */
  finish(caseId: string, status: 'closed' | 'missed', now: Date): Promise<boolean>;
  /** The case a counsellor talks in now (the most recently taken of theirs). */
  activeCaseOf(staffId: string): Promise<HandoffCase | undefined>;
  addMessage(caseId: string, sender: 'person' | 'staff', text: string, now: Date): Promise<void>;
  messages(caseId: string): Promise<{ sender: 'person' | 'staff'; text: string; at: Date }[]>;
  /** Waiting cases created before `before`. */
  waitingSince(before: Date): Promise<HandoffCase[]>;
  /** Records a callback contact for a missed (or new) case. */
  requestCallback(caseId: string, contact: string, now: Date): Promise<boolean>;
  openCallbacks(): Promise<HandoffCase[]>;
  markCalled(caseId: string, staffId: string, now: Date): Promise<boolean>;
}

/** Proactive messages that can be edited later (src/channels/router.ts). */
export interface EditableMessenger {
  send(reference: ConversationReference, activities: Partial<Activity>[]): Promise<'sent' | 'unreachable'>;
  post(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string | undefined>;
  update(reference: Partial<ConversationReference>, activity: Partial<Activity> & { id: string }): Promise<void>;
}

/** What the person's side of the conversation uses (dialogs/handoff.ts, dialogs/handoff-relay.ts). */
export interface Handoffs {
  /** The clock (injected in tests). */
  now(): Date;
  /** Whether counsellors are there now (office hours and at least one on duty). */
  available(now: Date): Promise<boolean>;
  /** The office hours as configured, to tell the person. */
  officeHours(): string;
  /** Sends the request to the counsellors on duty; 'none' when nobody could be reached. */
  request(data: { personId?: string; reference: Partial<ConversationReference>; locale: Locale; topic: string; summary?: string }, now: Date): Promise<{ status: 'sent' | 'none'; caseId: string }>;
  /** Stores a callback request (for a missed case, or a new one outside office hours). */
  callback(data: { caseId?: string; personId?: string; reference: Partial<ConversationReference>; locale: Locale; topic: string; contact: string }, now: Date): Promise<void>;
  openCaseIn(channelId: string, conversationId: string): Promise<HandoffCase | undefined>;
  /** A person's message during an open case: relayed to the counsellor (or kept until someone takes it). */
  fromPerson(handoff: HandoffCase, text: string, now: Date): Promise<void>;
  /** "zurück zu Lotse": the person ends the case. */
  endByPerson(handoff: HandoffCase, now: Date): Promise<void>;
  /** The staff member's display name. */
  staffName(staffId: string): Promise<string | undefined>;
}

/** A job coach's link to a person they accompany. */
export interface CoachLinkRecord {
  id: string;
  coachId: string;
  personId: string;
  linkedAt: Date;
}

export interface CoachLinkStore {
  createCoachLink(coachId: string, code: string, expiresAt: Date): Promise<void>;
  /** The coach behind an unused, unexpired code. */
  offeredCoach(code: string, now: Date): Promise<string | undefined>;
  /** Links the person with the code once; false for an unknown, used or expired code. */
  activateCoachLink(code: string, personId: string, now: Date): Promise<boolean>;
  activeLinksOfCoach(coachId: string): Promise<CoachLinkRecord[]>;
  activeLink(id: string): Promise<CoachLinkRecord | undefined>;
  activeLinksOfPerson(personId: string): Promise<CoachLinkRecord[]>;
  /** Ends every active link of the person; returns the ended ones. */
  endCoachLinks(personId: string, now: Date): Promise<CoachLinkRecord[]>;
}

/** What the person's side uses to link to a job coach (dialogs/handoff-relay.ts). */
export interface Coaching {
  /** The coach's name behind a code the person typed (not yet linked); undefined for a bad code. */
  coachFor(code: string): Promise<string | undefined>;
  /** Links after the person agreed; the coach is told. Undefined for a bad code. */
  link(code: string, personId: string): Promise<string | undefined>;
  /** Ends the person's links; the coaches are told. Returns how many ended. */
  unlink(personId: string): Promise<number>;
  /** The name of the coach who accompanies the person, if any. */
  coachOf(personId: string): Promise<string | undefined>;
  /** Tells the person's coach that they would like to talk about a job: sent, no coach (or no such job), or not reachable; with the coach's name and the job's title. */
  askAbout(personId: string, jobId: string): Promise<{ outcome: 'sent' | 'none' | 'unreachable'; coach?: string; title?: string }>;
}
