/**
 * The small interfaces through which dialogs, channels and the digest use Lotse's services.
 * Implementations live in src/store (database), src/matching (pure core) and src/nlu (understanding).
 */
import type { Activity, ConversationReference } from 'botbuilder-core';
import type { JobPosting, Training } from '../matching/types';
import type {
  Locale,
  PositionKind,
  Profile,
  ProfileLanguage,
  ProfileSkill,
  Situation,
  SkillLevel,
} from '../profile/types';

/**
 * The event a dialog sends when this device or chat must forget the person ("Gerät vergessen",
 * "Profil löschen"): the web channel revokes the user's tokens and the widget drops its user id;
 * channels without such a client (Telegram) send nothing for it.
 */
export const FORGET_DEVICE_EVENT = 'lotse.forgetDevice';

/** A person's identity on one channel ("webchat" user id, "telegram" user id, …). */
export interface ChannelIdentity {
  channelId: string;
  channelUserId: string;
}

/** One conversation on one channel. */
export interface ConversationKey {
  channelId: string;
  conversationId: string;
}

/** Profile fields a dialog may change (skills and languages have their own calls). */
export type ProfilePatch = Partial<
  Omit<Profile, 'id' | 'skills' | 'languages' | 'createdAt' | 'updatedAt'>
>;

/** The consents Lotse asks for; each grant or withdrawal is recorded with the text version shown. */
export type ConsentKind = 'profile' | 'hr_visibility' | 'contact' | 'job_alert';

/** Everything stored about a person, as handed out by "Daten exportieren". */
export interface PersonExport {
  exportedAt: string;
  profile: Profile;
  /** lastUsedAt: the last day this identity was used (web identities unused too long are unlinked). */
  channelAccounts: { channelId: string; createdAt: string; lastUsedAt: string }[];
  consents: { kind: string; granted: boolean; textVersion: string; createdAt: string }[];
  feedback: { itemType: string; itemId: string; verdict: string; createdAt: string }[];
  /** HR contact requests, with the company that asked. */
  contactRequests: { jobId: string; company: string; status: string; createdAt: string; decidedAt?: string }[];
  conversations: { channelId: string; updatedAt: string }[];
  messages: { conversationId: string; from: string; text?: string; timestamp?: string }[];
  dialogState: Record<string, unknown>;
  /** Matches queued for or reported to HR digests, with the pseudonym that company knows the person by. */
  digestItems: { jobId: string; company: string; pseudonym: string; score: number; queuedAt: string; reportedAt?: string }[];
  /** Jobs the job alert already announced. */
  jobAlerts: { jobId: string; createdAt: string }[];
  /** The phone number or e-mail the person agreed to hand to companies, if any. */
  sharedContact?: string;
  /** What was recorded about consents, contact requests and disclosures concerning the person. */
  auditTrail: { at: string; action: string; details: Record<string, unknown> }[];
}

export interface ProfileStore {
  /**
   * The profile linked to this channel identity, if the person consented earlier. Counts as a
   * visit: identities and profiles unused for long are unlinked and deleted by retention.
   */
  findByIdentity(identity: ChannelIdentity): Promise<Profile | undefined>;
  findById(personId: string): Promise<Profile | undefined>;
  /** Creates the person at the moment of consent; nothing is stored before. */
  createWithConsent(identity: ChannelIdentity, locale: Locale, consentTextVersion: string): Promise<Profile>;
  update(personId: string, patch: ProfilePatch): Promise<Profile>;
  upsertSkill(personId: string, skill: ProfileSkill): Promise<void>;
  removeSkill(personId: string, conceptId: string): Promise<void>;
  upsertLanguage(personId: string, language: ProfileLanguage): Promise<void>;
  removeLanguage(personId: string, language: string): Promise<void>;
  recordConsent(personId: string, kind: ConsentKind, granted: boolean, textVersion: string): Promise<void>;
  recordFeedback(personId: string, itemType: 'job' | 'training', itemId: string, verdict: 'saved' | 'rejected'): Promise<void>;
  feedbackOf(personId: string): Promise<{ itemType: string; itemId: string; verdict: string }[]>;
  /** Links another channel identity to an existing person (account linking). */
  linkIdentity(personId: string, identity: ChannelIdentity): Promise<void>;
  /**
   * Ends this identity's link to its profile ("Gerät vergessen"): it no longer opens the profile and
   * no proactive message goes there; the profile and its other identities stay. True when linked before.
   */
  unlinkIdentity(identity: ChannelIdentity): Promise<boolean>;
  exportAll(personId: string): Promise<PersonExport>;
  /**
   * Removes the person and everything tied to them: profile, consents, dialog state, conversation
   * references, transcripts, and their name, contact and pseudonyms in HR's copies and the audit log.
   * `running` is the conversation of the current turn: its words go, the conversation stays open so
   * the confirmation can still be delivered.
   */
  deleteAll(personId: string, running?: ConversationKey): Promise<void>;
}

/** Transcripts Lotse itself keeps of a conversation (Direct Line does; Telegram and Teams keep theirs on their side). */
export interface ConversationTranscripts {
  /** Removes everything said so far in the conversation; it stays open for what follows. */
  forget(conversation: ConversationKey): Promise<void>;
}

// ───────────── understanding (src/nlu, src/matching/taxonomy) ─────────────

/** A taxonomy concept found for a piece of text. */
export interface SkillSuggestion {
  conceptId: string;
  /** The concept's preferred label in the asked locale. */
  label: string;
  /** 0..1; below ~0.75 a dialog asks "Meinst du …?". */
  confidence: number;
}

/** The skills vocabulary the conversation and the matcher share (implemented by the taxonomy). */
export interface SkillVocabulary {
  /** Best concepts for a short free-text skill ("Löten", "SPS progr."), most confident first. */
  find(text: string, locale: Locale, limit?: number): SkillSuggestion[];
  /** The preferred label of a concept in a locale (undefined for unknown ids). */
  label(conceptId: string, locale: Locale): string | undefined;
  /** Skills often named together with this one ("Oft zusammen mit …"). */
  related(conceptId: string, locale: Locale, limit?: number): SkillSuggestion[];
}

export type IntentName =
  | 'help'
  | 'cancel'
  | 'back'
  | 'restart'
  | 'show_profile'
  | 'export_data'
  | 'delete_profile'
  | 'forget_device'
  | 'show_jobs'
  | 'show_trainings'
  | 'more'
  | 'why'
  | 'human'
  | 'edit_skills'
  | 'edit_place'
  | 'edit_wishes'
  | 'edit_languages'
  | 'interest_check'
  | 'visibility'
  | 'job_alert'
  | 'link_telegram'
  | 'greeting'
  | 'thanks'
  | 'yes'
  | 'no'
  | 'none';

export interface SkillMention extends SkillSuggestion {
  /** [start, end) character offsets of the mention in the text. */
  span: [number, number];
  level?: SkillLevel;
}

/** Entities the German parser found; a dialog fills its slots from them (nothing asked twice). */
export interface Entities {
  number?: number;
  percent?: number;
  /** Pensum range in percent, from "80 Prozent", "60-80%", "Vollzeit" (100) or "Teilzeit" (50-90). */
  pensum?: { min: number; max: number };
  years?: number;
  /** ISO yyyy-mm-dd, or "asap" for "sofort"/"ab jetzt". */
  date?: string;
  postalCode?: string;
  placeName?: string;
  country?: 'CH' | 'DE';
  point?: { latitude: number; longitude: number };
  radiusKm?: number;
  positionKinds?: PositionKind[];
  situation?: Situation;
  languages?: ProfileLanguage[];
  locale?: Locale;
  firstName?: string;
  drivingLicence?: boolean;
}

export interface Understanding {
  intent: { name: IntentName; confidence: number };
  skills: SkillMention[];
  entities: Entities;
}

export interface Understander {
  understand(text: string, locale: Locale): Understanding;
}

// ───────────── proposals (src/services/proposals.ts over src/matching) ─────────────

/** One part of a score, e.g. {factor: "essential", score: 0.8, weight: 0.4}. */
export interface ScorePart {
  factor: 'essential' | 'optional' | 'level' | 'distance' | 'pensum' | 'kind' | 'languages' | 'freshness' | 'feedback' | 'interests';
  score: number;
  weight: number;
}

/** A constraint the matcher loosened to avoid an empty answer, in the order it was loosened. */
export type Relaxation = 'radius' | 'kind' | 'pensum' | 'essential_skills' | 'languages' | 'place';

export interface JobProposal {
  job: JobPosting;
  score: number;
  breakdown: ScorePart[];
  /** "Passt, weil …; dir fehlt noch …" in the person's locale. */
  explanation: string;
  matched: SkillSuggestion[];
  missing: SkillSuggestion[];
  distanceKm?: number;
  /** Set when the job only fills up the page: the wishes it does not meet. */
  relaxed?: Relaxation[];
}

export interface TrainingProposal {
  training: Training;
  score: number;
  explanation: string;
  /** The missing skills this training teaches. */
  teaches: SkillSuggestion[];
  distanceKm?: number;
}

export interface ProposalPage<T> {
  items: T[];
  total: number;
  relaxed: Relaxation[];
}

export interface ProposalService {
  jobs(profile: Profile, options?: { offset?: number; limit?: number }): Promise<ProposalPage<JobProposal>>;
  /** Trainings that close the person's gaps, or the gap of one job when forJobId is given. */
  trainings(profile: Profile, options?: { forJobId?: string; offset?: number; limit?: number }): Promise<ProposalPage<TrainingProposal>>;
  job(id: string): Promise<JobPosting | undefined>;
}

// ───────────── reaching people later ─────────────

/** Where Lotse can reach someone proactively (a botbuilder ConversationReference, stored as JSON). */
export interface ConversationRefStore {
  save(reference: ConversationReference, owner: { personId?: string; hrUserId?: string }): Promise<void>;
  forPerson(personId: string): Promise<ConversationReference[]>;
  forHrUser(hrUserId: string): Promise<ConversationReference[]>;
  markUnreachable(channelId: string, conversationId: string): Promise<void>;
}

/** Sends proactive messages through the channel adapter of the reference's channel. */
export interface ProactiveMessenger {
  send(reference: ConversationReference, activities: Partial<Activity>[]): Promise<'sent' | 'unreachable'>;
}

/** One-time codes that let a person continue on another channel with the same profile. */
export interface AccountLinking {
  /** A single-use, expiring code for this person (default lifetime, or ttlMs), and the Telegram deep link when a bot is configured. */
  offer(personId: string, ttlMs?: number): Promise<{ code: string; telegramUrl?: string; expiresAt: Date }>;
  /** Links this identity to the code's person; undefined for an unknown, used or expired code. */
  redeem(code: string, identity: ChannelIdentity): Promise<string | undefined>;
}

/** The candidate's side of an HR contact request (implemented by src/hr/service.ts). */
export interface ContactRequests {
  /** The open request addressed to this person: who asks, for which job, and the contact shared before. */
  openRequestFor(requestId: string, personId: string): Promise<{ company: string; job: string; contactShare?: string } | undefined>;
  /** Records the answer; on yes, hands the chosen contact to the company's HR people. */
  answerContact(requestId: string, personId: string, yes: boolean, now: Date, contact?: string): Promise<'shared' | 'declined' | 'closed'>;
}
