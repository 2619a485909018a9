/**
 * The small interfaces through which dialogs, channels and the digest use Lotse's services.
 * Implementations live in src/store (database), src/matching (pure core) and src/nlu (understanding).
 */
import type { Activity, ConversationReference } from 'botbuilder-core';
import type { CandidateProfile, DigestJob, DigestMatch } from '../digest/types';
import type { JobPosting, Training } from '../matching/types';
import type {
  Country,
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
  /** Job für Zwei invitations and links (role and dates only; the partner's data is theirs). */
  partnerLinks?: { role: 'inviter' | 'partner'; createdAt: string; acceptedAt?: string }[];
  /** The phone number or e-mail the person agreed to hand to companies, if any. */
  sharedContact?: string;
  /** Requests to talk to a counsellor, with the messages relayed both ways. */
  handoffs?: { status: string; topic: string; profileShared: boolean; createdAt: string; takenAt?: string; callbackContact?: string; messages: { from: 'person' | 'counsellor'; text: string; at: string }[] }[];
  /** Links to job coaches who accompany (or accompanied) the person. */
  coachLinks?: { status: string; linkedAt?: string; endedAt?: string }[];
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
  /** How the concept was found (see src/nlu/skill-resolver.ts): decides whether it is stored or confirmed first. */
  evidence?: SkillEvidence;
  /** The label or synonym the text met, when it met one whole. */
  form?: string;
}

/** How a skill concept was found for a text, strongest first. */
export type SkillEvidence = 'label' | 'synonym' | 'misspelling' | 'stem' | 'compound' | 'technology' | 'esco' | 'partial' | 'fuzzy';

/** The skills vocabulary the conversation and the matcher share (implemented by the taxonomy). */
export interface SkillVocabulary {
  /** Best concepts for a short free-text skill ("Löten", "SPS progr."), most confident first. */
  find(text: string, locale: Locale, limit?: number): SkillSuggestion[];
  /** The preferred label of a concept in a locale (undefined for unknown ids). */
  label(conceptId: string, locale: Locale): string | undefined;
  /** Skills often named together with this one ("Oft zusammen mit …"). */
  related(conceptId: string, locale: Locale, limit?: number): SkillSuggestion[];
  /** Best occupations for a short free text ("Polymech", "nurse"); absent where only skills are known. */
  findOccupations?(text: string, locale: Locale, limit?: number): SkillSuggestion[];
  /** An occupation's essential and optional skill ids, most central first; absent where only skills are known. */
  skillsOf?(occupationId: string): { essential: string[]; optional: string[] };
  /** Whether a concept is an interest («Interesse an Technik»): a direction, not something the person can do. */
  isInterest?(conceptId: string): boolean;
  /** A curated concept's German names (label and synonyms); empty for others. */
  namesOf?(conceptId: string): readonly string[];
  /** Whether a German verb (infinitive) is done to many kinds of things ("reinigen", "beraten", "organisieren"; not "mauern"). */
  isBroadVerb?(infinitive: string): boolean;
  /** The one skill both parts of a German compound name ("Staplerbedienung"); absent where the vocabulary cannot split words. */
  readCompound?(word: string, locale: Locale): SkillSuggestion | undefined;
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
  | 'edit_profile'
  | 'edit_skills'
  | 'edit_place'
  | 'edit_wishes'
  | 'edit_languages'
  | 'interest_check'
  | 'visibility'
  | 'job_alert'
  | 'link_telegram'
  | 'partner'
  | 'welcome'
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
  /** Age in years from an introduction ("24 Jahre alt", "ich bin 17"). */
  age?: number;
  /** The occupation the person has or learned, as written ("gelernte Köchin" → "Köchin"). */
  occupation?: string;
  /** The occupation the person asks for, as written ("Lehrstelle als Polymechaniker"). */
  wishedJob?: string;
}

export interface Understanding {
  intent: { name: IntentName; confidence: number };
  skills: SkillMention[];
  entities: Entities;
}

/** What the dialog is waiting for when a message arrives: the same words answer a question or ask for something. */
export interface DialogContextHint {
  /** Profile fields the open question asks for (empty when nothing is open). */
  asked?: readonly string[];
}

export interface Understander {
  understand(text: string, locale: Locale, context?: DialogContextHint): Understanding;
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

/**
 * Whose country's offers a search covers: by default only the person's own (homeCountry: their
 * place, else their German variant), since prices, funding and applying differ; `countries` when
 * they asked for more ("auch in Deutschland"), 'any' for no limit.
 */
export interface OfferScope {
  countries?: readonly Country[] | 'any';
}

export interface ProposalService {
  jobs(profile: Profile, options?: { offset?: number; limit?: number } & OfferScope): Promise<ProposalPage<JobProposal>>;
  /** Trainings that close the person's gaps, or the gap of one job when forJobId is given. */
  trainings(profile: Profile, options?: { forJobId?: string; offset?: number; limit?: number } & OfferScope): Promise<ProposalPage<TrainingProposal>>;
  job(id: string): Promise<JobPosting | undefined>;
  /** How one open job fits the person (fit and skill gap), undefined when it is not open. */
  fit(profile: Profile, jobId: string): Promise<JobProposal | undefined>;
  /** How one training fits the person (which of their gaps it closes), undefined when it is unknown. */
  trainingFit(profile: Profile, trainingId: string): Promise<TrainingFit | undefined>;
}

export interface TrainingFit {
  training: Training;
  /** What it teaches that the person's best jobs ask and the person lacks. */
  closes: SkillSuggestion[];
  /** What it teaches that the person knows already (it deepens it). */
  deepens: SkillSuggestion[];
  /** One line: what it teaches, where, when, cost, funding. */
  explanation: string;
}

/** Counted per day for the operators' dashboard, without any person. */
export type UsageEvent = 'proposals.jobs' | 'proposals.trainings';

export interface UsageCounter {
  /** Adds n to today's count of the event. */
  count(event: UsageEvent, n: number): Promise<void>;
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
  /** The questions of requests that wait for this person (they were not reachable when HR asked). */
  waitingQuestions(personId: string): Promise<Partial<Activity>[]>;
  /** Records the answer; on yes, hands the chosen contact to the company's HR people. */
  answerContact(requestId: string, personId: string, yes: boolean, now: Date, contact?: string): Promise<'shared' | 'declined' | 'closed'>;
}

// ───────────── the HR side (src/hr uses the database only through these) ─────────────

export type DigestFrequency = 'daily' | 'weekly';

/** A member company as the HR services see it. */
export interface CompanyRecord {
  id: string;
  name: string;
  subscriptionFrom?: Date;
  subscriptionUntil?: Date;
}

/** An HR person of a company. */
export interface HrUserRecord {
  id: string;
  companyId: string;
  displayName?: string;
  digestFrequency: DigestFrequency;
  lastDigestAt?: Date;
  company: CompanyRecord;
}

/** A queued (job, person) match with what is needed to show it. */
export interface QueuedItem {
  jobId: string;
  jobTitle: string;
  personId: string;
  pseudonym: string;
  score: number;
  breakdown: ScorePart[];
  matched: string[];
  candidate: CandidateProfile;
}

export interface ContactRequestRecord {
  id: string;
  jobId: string;
  personId: string;
  hrUserId: string;
  status: 'pending' | 'accepted' | 'declined';
}

/** Companies, their invite codes and HR people, and where to reach those. */
export interface HrDirectory {
  /** Creates the company when missing; returns it either way. */
  ensureCompany(name: string): Promise<CompanyRecord>;
  createInvite(companyId: string, code: string, expiresAt: Date): Promise<void>;
  /** Uses an invite code once; undefined for an unknown, used or expired code. */
  redeemInvite(code: string, now: Date, displayName?: string): Promise<HrUserRecord | undefined>;
  hrUser(id: string): Promise<HrUserRecord | undefined>;
  /** The HR user who writes from this channel account, if they joined with a code. */
  hrUserByChannel(channelId: string, channelUserId: string): Promise<HrUserRecord | undefined>;
  saveHrReference(hrUserId: string, reference: Partial<ConversationReference>): Promise<void>;
  /** Where an HR user can be reached (reachable references only, newest first). */
  hrReferences(hrUserId: string): Promise<Partial<ConversationReference>[]>;
  setFrequency(hrUserId: string, frequency: DigestFrequency): Promise<void>;
  allHrUsers(): Promise<HrUserRecord[]>;
  markDigestSent(hrUserId: string, at: Date): Promise<void>;
}

/** The digest queue: which matches are new or changed, and what each company has not seen yet. */
export interface DigestQueue {
  /** Open jobs of companies with an active subscription at `now`. */
  activeJobs(now: Date): Promise<DigestJob[]>;
  /** Jobs changed after `since`, and jobs of companies whose subscription (re)started after it. */
  changedJobIds(since: Date): Promise<Set<string>>;
  /** Every person who chose to be visible, pseudonymously, to matching companies. */
  consentingCandidates(): Promise<CandidateProfile[]>;
  /** People whose profile, skills or visibility changed after `since`. */
  changedCandidateIds(since: Date): Promise<Set<string>>;
  /** Fingerprints of every queued or reported pair for these jobs. */
  knownFingerprints(jobIds: readonly string[]): Promise<Map<string, { fingerprint: string }>>;
  /** Queues matches (reset to unreported); `known` are the pairs queued before. */
  queue(matches: readonly (DigestMatch & { pseudonym: string })[], now: Date, known: ReadonlyMap<string, unknown>): Promise<void>;
  /** Drops unreported items of these people (or jobs) that were rescored and are not in `keep`. */
  dropStale(field: 'personId' | 'jobId', ids: readonly string[], keep: ReadonlySet<string>): Promise<number>;
  /** Items an HR user has not seen yet, with the newest state of each profile. */
  pendingFor(companyId: string, since: Date | undefined, now: Date): Promise<QueuedItem[]>;
  /** Marks everything of a company queued in (since, until] as reported. */
  markReported(companyId: string, since: Date | undefined, until: Date, at: Date): Promise<void>;
  /** Moves items that did not fit into a digest to just after it, so the next digest shows them. */
  carryOver(pairs: readonly { jobId: string; personId: string }[], to: Date): Promise<void>;
  /** Removes a person from every digest queue (visibility revoked). */
  removePersonFromDigests(personId: string): Promise<number>;
  /** The queued item behind a pseudonym for a company (a given job, or the most recently queued one). */
  itemByPseudonym(companyId: string, pseudonym: string, jobId?: string): Promise<{ jobId: string; personId: string; jobTitle: string } | undefined>;
  /** The pseudonym a company was shown for a person with a job. */
  shownPseudonym(jobId: string, personId: string): Promise<string | undefined>;
  /** Job für Zwei: the linked partner of each of these people who is visible to companies too. */
  visiblePartners?(personIds: readonly string[]): Promise<Map<string, CandidateProfile>>;
  /** The key pseudonyms are made with; it derives from LOTSE_SECRET and is never stored. */
  pseudonymKey(): Buffer;
}

/** Contact requests between HR and a candidate, and what a request may reveal. */
export interface ContactRequestStore {
  /** Creates a pending request; returns the existing one when HR already asked for this pair. */
  openContactRequest(jobId: string, personId: string, hrUserId: string, now: Date): Promise<{ request: ContactRequestRecord; created: boolean }>;
  contactRequest(id: string): Promise<ContactRequestRecord | undefined>;
  /** Sets the candidate's decision once; false when the request was not pending any more. */
  decideContactRequest(id: string, status: 'accepted' | 'declined', at: Date): Promise<boolean>;
  /** The person's requests still waiting for an answer, oldest first (shown on their next web visit). */
  pendingRequestsFor(personId: string): Promise<ContactRequestRecord[]>;
  /** Deletes a request that could not be delivered, so HR may try again later. */
  deleteContactRequest(id: string): Promise<void>;
  /** The first name and shared contact of a person (read only for an accepted request). */
  contactDetails(personId: string): Promise<{ firstName?: string; contactShare?: string; locale: string } | undefined>;
  setContactShare(personId: string, contact: string): Promise<void>;
  jobTitle(jobId: string): Promise<string | undefined>;
  /** Where a person can be reached (reachable references only, newest first). */
  personReferences(personId: string): Promise<Partial<ConversationReference>[]>;
  /** Marks a conversation as unreachable (blocked bot, conversation gone). */
  markUnreachable(channelId: string, conversationId: string): Promise<void>;
}

/** Who consented to, asked for or disclosed what; actor and subject are pseudonymous ids, never names. */
export interface AuditLog {
  audit(actor: string, action: string, subject: string, details?: Record<string, unknown>, at?: Date): Promise<void>;
  hasAudit(actor: string, action: string, subject: string): Promise<boolean>;
}

/** What makes a job run once across instances (a lease) and remember where it stopped (settings). */
export interface RunCoordination {
  /** Takes the named lease when it is free or expired; false when another owner holds it. */
  tryLease(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Records the run time and gives the lease back (only when still held by this owner). */
  releaseLease(name: string, owner: string, ranAt: Date): Promise<void>;
  /** When the named job last ran (any instance). */
  leaseLastRun(name: string): Promise<Date | undefined>;
  setting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
}

/** Everything src/hr needs from the database (implemented by src/store/hr-store.ts). */
export type HrPorts = HrDirectory & DigestQueue & ContactRequestStore & AuditLog & RunCoordination;
